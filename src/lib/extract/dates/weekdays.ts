/**
 * Weekdays: attaching weekday words to the date that follows them ("Selasa (1/8)"), weekdays that
 * stand alone as dates ("pada Selasa", "last Tuesday"), and resolving them: the day they name
 * relative to the reference, or the candidate years in which a day/month falls on that weekday.
 */
import { addDays, addWeeks, getDay, nextDay, previousDay, startOfISOWeek } from 'date-fns';
import type { Day } from 'date-fns';
import type { Lang } from './types';
import { mkDay, ymd } from './calendar';
import { isUpper, norm } from './vocabulary';
import type { Atom, Mark, Shape, WdVal } from './atoms';
import { before, BEFORE_WINDOW, markOf, prefixStart, stickyAt, yRelOf } from './context';

export interface WdToken {
	start: number;
	end: number;
	wd: number;
	word: string;
	full: boolean;
}

/** Between a weekday and the date it names: "Selasa (1/8)", "Selasa, 1 Agustus", "Tuesday, Aug. 1". */
const WD_GAP_RE =
	/^(?:\s+(?:pagi|siang|sore|malam|dini\s+hari|lalu|kemarin|ini|morning|afternoon|evening|night))?\s*,?\s*(?:(?:tanggal|tgl\.?|the)\s+)?$/i;

/** Attach weekday words to directly following day+month atoms. Returns the consumed token starts. */
export function attachWeekdays(text: string, atoms: Atom[], tokens: WdToken[]): Set<number> {
	const used = new Set<number>();
	if (tokens.length === 0) return used;
	for (const a of atoms) {
		if (a.val.t !== 'cal' || a.val.shape.s !== 'day' || a.val.wd !== undefined) continue;
		// the closest token ending at most BEFORE_WINDOW characters before the atom
		let best: WdToken | undefined;
		for (const t of tokens) {
			if (t.end > a.start) break;
			if (a.start - t.end <= BEFORE_WINDOW) best = t;
		}
		if (!best) continue;
		let gap = text.slice(best.end, a.start);
		if (!best.full && gap.startsWith('.')) gap = gap.slice(1); // "Tue., Aug. 1"
		if (!WD_GAP_RE.test(gap)) continue;
		a.val.wd = best.wd;
		a.start = best.start;
		a.needsWeekday = false;
		used.add(best.start);
	}
	return used;
}

const ID_WD_PRE_RE = /(?:^|[^\p{L}])((?:pada\s+)?hari|pada)\s+$/iu;
const EN_WD_PRE_RE = /(?:^|[^\p{L}])(on|last|next|this\s+coming|this|coming|past)\s+$/iu;
const RECURRING_RE = /(?:^|[^\p{L}])(setiap|tiap|saban|every|each|a|an)\s+(?:hari\s+)?$/iu;
const ID_WD_POST_RE = /\s+(yang\s+lalu|lalu|kemarin|depan|mendatang|nanti|ini)(?![\p{L}])/iuy;
const ID_WD_TIME_RE = /\s+(pagi|siang|sore|malam|dini\s+hari)(?![\p{L}])/iuy;
/** "Minggu" followed by these is "week", not Sunday. */
const MINGGU_WEEK_RE =
	/\s+(ini|lalu|kemarin|depan|mendatang|yang\s+lalu|ke-?\S*|pertama|kedua|ketiga|keempat|terakhir|sebelumnya|berikutnya|selanjutnya|awal|akhir)(?![\p{L}])/iuy;
/** "Kamis pekan lalu", "Rabu minggu depan", "Tuesday last week", "Monday next week". */
const WD_WEEK_POST_RE: Record<Lang, RegExp> = {
	id: /\s+(?:pada\s+)?(?:pekan|minggu)\s+(lalu|kemarin|yang\s+lalu|depan|mendatang|ini)(?![\p{L}])/iuy,
	en: /\s+(last|next|this)\s+week\b/iy
};
const EN_WD_POST_TIME_RE = /(?:['’]s\b|\s+(?:morning|afternoon|evening|night)\b)/iy;
const NEXT_CAPITAL_RE = /\s+\p{Lu}/uy;
const PREV_CAPITAL_RE = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]*\s+$/u;
const PREV_LOWER_RE = /(?:^|[^\p{L}])\p{Ll}[\p{L}'’-]*\s+$|,\s*$/u;

function modeOf(word: string | undefined): WdVal['mode'] {
	const mk = word ? markOf(word) : null;
	return mk === 'past' ? 'past' : mk === 'future' ? 'future' : mk === 'present' ? 'present' : 'plain';
}

/**
 * Weekdays standing alone as dates. Indonesian: "pada (hari) Selasa", "Selasa lalu/kemarin/depan/ini",
 * "(Selasa)", "di Jakarta, Selasa." (Antara style), "Selasa pagi". English: "on/last/next/this Tuesday",
 * "said Tuesday" (AP style), "Tuesday morning", "Tuesday's". Never "setiap Selasa"/"every Tuesday",
 * never inside names ("Black Friday", "Sunday Times"), never "Minggu" meaning week.
 */
export function standaloneWeekdays(text: string, lang: Lang, tokens: WdToken[], used: Set<number>, atoms: Atom[]): void {
	for (const t of tokens) {
		if (used.has(t.start) || !t.full) continue;
		const prev = before(text, t.start);
		if (RECURRING_RE.test(prev)) continue;
		let start = t.start;
		let end = t.end;
		let mode: WdVal['mode'] = 'plain';
		let ok = false;
		const inWeek = isUpper(t.word[0]) ? stickyAt(WD_WEEK_POST_RE[lang], text, t.end) : null;
		if (inWeek) {
			// "Kamis pekan lalu": Thursday of last week (the week phrase inside it loses to this longer one)
			const week = yRelOf(inWeek[1]!);
			const pre = (lang === 'id' ? ID_WD_PRE_RE : EN_WD_PRE_RE).exec(prev);
			if (pre && (lang === 'id' || /^on$/i.test(pre[1]!))) start = prefixStart(t.start, pre);
			end = t.end + inWeek[0].length;
			const val: WdVal = { t: 'wd', wd: t.wd, mode: 'present', week };
			atoms.push({ start, end, val, mark: week < 0 ? 'past' : week > 0 ? 'future' : 'present' });
			continue;
		}
		if (lang === 'id') {
			if (norm(t.word) === 'minggu' && stickyAt(MINGGU_WEEK_RE, text, t.end)) continue;
			const pre = ID_WD_PRE_RE.exec(prev);
			if (!isUpper(t.word[0]) && !(pre && /hari/i.test(pre[1]!))) continue; // weekdays are capitalised
			if (pre) {
				start = prefixStart(t.start, pre);
				ok = true;
			}
			const post = stickyAt(ID_WD_POST_RE, text, t.end);
			if (post) {
				mode = modeOf(post[1]);
				end = t.end + post[0].length;
				ok = true;
			}
			if (!ok) {
				// Weaker contexts ("Selasa pagi", "(Selasa)", "di Jakarta, Selasa."): not right after a
				// capitalised word, where the weekday is more likely part of a name ("Jalan Kamis").
				if (PREV_CAPITAL_RE.test(prev)) continue;
				if (stickyAt(ID_WD_TIME_RE, text, t.end)) ok = true;
				else if (text[t.start - 1] === '(' && text[t.end] === ')') {
					start = t.start - 1;
					end = t.end + 1;
					ok = true;
				} else if (/,\s*$/.test(prev) && /^[.,;]/.test(text.slice(t.end, t.end + 1))) ok = true;
			}
			if (!ok) continue;
		} else {
			if (!isUpper(t.word[0])) continue;
			const pre = EN_WD_PRE_RE.exec(prev);
			if (pre) {
				start = prefixStart(t.start, pre);
				mode = modeOf(pre[1]);
			} else {
				if (PREV_CAPITAL_RE.test(prev)) continue; // "Black Friday", "Super Tuesday"
				if (stickyAt(NEXT_CAPITAL_RE, text, t.end)) continue; // "Sunday Times", "Tuesday Morning"
				if (!stickyAt(EN_WD_POST_TIME_RE, text, t.end) && !PREV_LOWER_RE.test(prev)) continue;
			}
		}
		atoms.push({ start, end, val: { t: 'wd', wd: t.wd, mode }, mark: mode === 'plain' ? undefined : (mode as Mark) });
	}
}

// ---------------------------------------------------------------------------------------------
// Weekday resolution
// ---------------------------------------------------------------------------------------------

export function weekdayCandidates(shape: Shape & { s: 'day' }, wd: number, range: [number, number]): string[] {
	const out: string[] = [];
	for (let y = range[0]; y <= range[1]; y++) {
		const d = mkDay(y, shape.m, shape.d);
		if (d && getDay(d) === wd) out.push(ymd(d));
	}
	return out;
}

export function resolveWeekday(v: WdVal, ref: Date): Date {
	const wd = v.wd as Day;
	switch (v.mode) {
		case 'plain':
			return getDay(ref) === wd ? ref : previousDay(ref, wd);
		case 'past':
			return previousDay(ref, wd);
		case 'future':
			return nextDay(ref, wd);
		case 'present':
			return addDays(startOfISOWeek(addWeeks(ref, v.week ?? 0)), (wd + 6) % 7);
	}
}
