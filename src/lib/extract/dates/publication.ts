/**
 * findPublicationDate: the dateline of a raw article ("Sabtu, 05 Ags 2017 12:33 WIB").
 */
import type { DateMention, Lang } from './types';
import { alt, EN_WORDS, ID_WORDS } from './vocabulary';
import { findDateMentions } from './find';

const PUB_WINDOW = 600;
const PUB_STRONG_RE =
	/\b(?:WIB|WITA|WIT|GMT|UTC|diterbitkan|dipublikasikan|dipublikasi|terbit|diperbarui|diperbaharui|published|updated|posted|update)\b|\b\d{1,2}[:.]\d{2}\b/i;
const PUB_UPDATED_RE = /\b(?:diperbarui|diperbaharui|updated|update)\b/i;
/** Words that only an Indonesian dateline has (month names shared with English do not count). */
const EN_MONTH_WORDS = new Set([...EN_WORDS.monthFull.keys(), ...EN_WORDS.monthAbbr.keys()]);
const PUB_ID_HINT_RE = new RegExp(
	`\\b(?:WIB|WITA|WIT|diterbitkan|diperbarui|pukul|${alt(ID_WORDS.wdFull.keys())}|${alt(
		[...ID_WORDS.monthFull.keys(), ...ID_WORDS.monthAbbr.keys()].filter((w) => !EN_MONTH_WORDS.has(w))
	)})\\b`,
	'i'
);
const PUB_EN_HINT_RE = new RegExp(
	`\\b(?:AM|PM|a\\.m|p\\.m|ET|EST|EDT|PST|PDT|BST|published|updated|posted|${alt(EN_WORDS.wdFull.keys())}|${alt(EN_WORDS.monthFull.keys())})\\b`,
	'i'
);
const PUB_WEEKDAY_RE = new RegExp(`\\b(?:${alt([...ID_WORDS.wdFull.keys(), ...EN_WORDS.wdFull.keys()])})\\b`, 'i');
const PUB_TIME_TAIL_RE =
	/[\s,|–-]*(?:(?:pukul|jam|at)\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:AM|PM|a\.m\.|p\.m\.))?(?:\s*(?:WIB|WITA|WIT|GMT|UTC|[A-Z]{2,4})(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?/y;
const LINE_RE = /[^\n]+/g;
const WORD_RE = /\p{L}{2,}/gu;
const FULL_DAY_RE = /^\d{4}-\d{2}-\d{2}\??$/;

/**
 * The publication dateline of a raw article: a line in the first ~600 characters that looks like a
 * timestamp ("Sabtu, 05 Ags 2017 12:33 WIB", "Published: 1 August 2017", "01/08/2017, 10:15 WIB")
 * and holds a full date. A line qualifies when it has a time, a zone or a published/updated word and
 * at most 6 other words, or a weekday and at most 3 other words; prose lines never qualify.
 * "Updated" lines are used only when there is no other dateline. Returns the date and the span of the
 * date phrase (with its trailing time and zone).
 */
export function findPublicationDate(text: string): { date: string; start: number; end: number } | null {
	let fallback: { date: string; start: number; end: number } | null = null;
	LINE_RE.lastIndex = 0;
	let lm: RegExpExecArray | null;
	while ((lm = LINE_RE.exec(text)) !== null && lm.index < PUB_WINDOW) {
		const line = lm[0];
		if (line.trim().length > 160) continue;
		const strong = PUB_STRONG_RE.test(line);
		if (!strong && !PUB_WEEKDAY_RE.test(line)) continue;
		// Numeric dates are D/M in Indonesian datelines and M/D in English ones: read the line in the
		// language it looks like first, then in the other.
		const first: Lang = PUB_ID_HINT_RE.test(line) || !PUB_EN_HINT_RE.test(line) ? 'id' : 'en';
		let mention: DateMention | undefined;
		for (const lang of first === 'id' ? (['id', 'en'] as const) : (['en', 'id'] as const)) {
			mention = findDateMentions(line, { lang, reference: null }).find(
				(m) => m.basis === 'explicit' && m.kind === 'point' && m.edtf !== null && FULL_DAY_RE.test(m.edtf)
			);
			if (mention) break;
		}
		if (!mention) continue;
		let end = mention.end;
		PUB_TIME_TAIL_RE.lastIndex = end;
		if (PUB_TIME_TAIL_RE.exec(line)) end = PUB_TIME_TAIL_RE.lastIndex;
		const rest = line.slice(0, mention.start) + ' ' + line.slice(end);
		const otherWords = (rest.match(WORD_RE) ?? []).filter((w) => !/^(?:WIB|WITA|WIT|GMT|UTC|AM|PM)$/i.test(w)).length;
		if (otherWords > (strong ? 6 : 3)) continue;
		const found = { date: mention.edtf!.slice(0, 10), start: lm.index + mention.start, end: lm.index + end };
		if (!PUB_UPDATED_RE.test(line)) return found;
		fallback ??= found;
	}
	return fallback;
}
