/**
 * Resolution: an atom -> DateMention. Chooses the year of a year-less phrase, places both sides of
 * a range, and decides the mention's kind and EDTF string.
 */
import { addYears, differenceInCalendarDays, getDay, getYear } from 'date-fns';
import type { DateMention, DateMentionBasis, DateMentionKind } from './types';
import { type Span, mkDay, spanDay, ymd } from './calendar';
import type { Atom, CalVal, Mark, Shape, Val } from './atoms';
import { resolveWeekday, weekdayCandidates } from './weekdays';
import { calBounds, calOrder, calSpan, plainBounds, uncertain } from './edtf';

/**
 * Year for a year-less phrase. 'past' (also unmarked phrases): the latest year whose extent starts
 * on/before the reference, so the month containing the reference counts ("bulan Mei" in May);
 * 'future' ("mendatang", "depan", "next"): the earliest year whose extent starts after the
 * reference ("next August" said on 5 Aug 2017 is August 2018, "17 Agustus mendatang" is 2017);
 * 'nearest' (weekday + day/month): the year ref-1..ref+1 whose extent is closest to the
 * reference, ties to the earlier one.
 */
function pickYear(shape: Shape, ref: Date, mode: 'past' | 'future' | 'nearest'): number | null {
	const ry = getYear(ref);
	if (mode === 'nearest') {
		let best: number | null = null;
		let bestDist = Infinity;
		for (let y = ry - 1; y <= ry + 1; y++) {
			const b = calBounds(shape, y);
			if (!b) continue;
			const dist = ref < b[0] ? differenceInCalendarDays(b[0], ref) : ref > b[1] ? differenceInCalendarDays(ref, b[1]) : 0;
			if (dist < bestDist) [best, bestDist] = [y, dist];
		}
		if (best !== null) return best;
		mode = 'past'; // 29 Feb far from a leap year
	}
	for (let i = 0; i <= 8; i++) {
		const y = mode === 'past' ? ry - i : ry + i;
		const b = calBounds(shape, y);
		if (b && (mode === 'past' ? b[0] <= ref : b[0] > ref)) return y;
	}
	return null;
}

interface Resolved {
	span: Span | null;
	basis: DateMentionBasis;
	candidates?: string[];
	/** the year chosen for a year-less calendar phrase (used by ranges) */
	year?: number;
}

function resolveCal(v: CalVal, mark: Mark | undefined, ref: Date | null, range: [number, number]): Resolved {
	const weekdayFits = (y: number): boolean => {
		if (v.wd === undefined || v.shape.s !== 'day') return true;
		const d = mkDay(y, v.shape.m, v.shape.d);
		return !!d && getDay(d) === v.wd;
	};
	const at = (y: number, basis: DateMentionBasis): Resolved => {
		const span = calSpan(v.shape, y);
		// The stated weekday contradicts the date: keep the date, flag it uncertain.
		return { span: weekdayFits(y) ? span : uncertain(span), basis, year: y };
	};
	if (v.y !== undefined) return at(v.y, 'explicit');
	if (ref) {
		if (v.yRel !== undefined) return at(getYear(addYears(ref, v.yRel)), 'explicit-partial');
		const mode =
			v.wd !== undefined && v.shape.s === 'day' ? 'nearest' : mark === 'future' ? 'future' : mark === 'present' ? null : 'past';
		const y = mode === null ? getYear(ref) : pickYear(v.shape, ref, mode);
		if (y !== null) return at(y, 'explicit-partial');
	}
	if (v.wd !== undefined && v.shape.s === 'day') {
		return { span: null, basis: 'weekday', candidates: weekdayCandidates(v.shape, v.wd, range) };
	}
	if (v.shape.s === 'year') return { span: null, basis: 'none' };
	return { span: calSpan(v.shape, null), basis: 'none' };
}

function resolveAtom(a: Atom, ref: Date | null, range: [number, number]): Resolved {
	const v = a.val;
	if (v.t === 'cal') return resolveCal(v, a.mark, ref, range);
	if (!ref) return { span: null, basis: 'none' };
	if (v.t === 'rel') return { span: v.f(ref), basis: 'relative' };
	return { span: spanDay(resolveWeekday(v, ref)), basis: 'relative' };
}

const BASIS_WEAKNESS: DateMentionBasis[] = ['explicit', 'explicit-partial', 'relative', 'weekday', 'none'];
const weaker = (a: DateMentionBasis, b: DateMentionBasis): DateMentionBasis =>
	BASIS_WEAKNESS.indexOf(a) >= BASIS_WEAKNESS.indexOf(b) ? a : b;

/**
 * Both sides of a range. A year-less calendar side is placed relative to the other side: it takes
 * the other side's stated year ("31 Juli - 5 Agustus 2017"; one year earlier for "Desember -
 * Januari 2018"), otherwise the right side is the first occurrence ending on/after the left side's
 * start ("Mei hingga Agustus", "besok s.d. Mei") and a year-less left side the last occurrence
 * starting on/before the right side's end.
 */
function resolveRange(left: Atom, right: Atom, ref: Date | null, range: [number, number]): [Resolved, Resolved] {
	const L = left.val, R = right.val;
	const stated = (v: Val): v is CalVal => v.t === 'cal' && (v.y !== undefined || v.yRel !== undefined);
	const yearless = (v: Val): v is CalVal => v.t === 'cal' && !stated(v);
	const at = (v: CalVal, y: number, basis: DateMentionBasis): Resolved => ({ ...resolveCal({ ...v, y }, undefined, null, range), basis });
	if (yearless(L) && stated(R)) {
		const rr = resolveAtom(right, ref, range);
		if (rr.year === undefined) return [resolveAtom(left, ref, range), rr]; // "tahun lalu" without a reference
		const y = rr.year - (calOrder(L.shape) > calOrder(R.shape) ? 1 : 0);
		return [at(L, y, rr.basis), rr];
	}
	if (yearless(R) && stated(L)) {
		const lr = resolveAtom(left, ref, range);
		if (lr.year === undefined) return [lr, resolveAtom(right, ref, range)];
		const y = lr.year + (calOrder(R.shape) < calOrder(L.shape) ? 1 : 0);
		return [lr, at(R, y, lr.basis)];
	}
	if (yearless(R)) {
		const lr = resolveAtom(left, ref, range);
		const from = lr.span && plainBounds(lr.span.lo.replace('?', ''));
		if (from) {
			for (let y = Number(from[0].slice(0, 4)), i = 0; i <= 8; i++, y++) {
				const b = calBounds(R.shape, y);
				if (b && ymd(b[1]) >= from[0]) return [lr, at(R, y, weaker(lr.basis, 'explicit-partial'))];
			}
		}
		return [lr, resolveAtom(right, ref, range)];
	}
	if (yearless(L)) {
		const rr = resolveAtom(right, ref, range);
		const to = rr.span && plainBounds(rr.span.hi.replace('?', ''));
		if (to) {
			for (let y = Number(to[1].slice(0, 4)), i = 0; i <= 8; i++, y--) {
				const b = calBounds(L.shape, y);
				if (b && ymd(b[0]) <= to[1]) return [at(L, y, weaker(rr.basis, 'explicit-partial')), rr];
			}
		}
		return [resolveAtom(left, ref, range), rr];
	}
	return [resolveAtom(left, ref, range), resolveAtom(right, ref, range)];
}

/** A fixed date used only to tell whether a relative phrase is a point or a range. */
const KIND_PROBE = new Date(2001, 0, 10);

export function toMention(text: string, a: Atom, ref: Date | null, range: [number, number]): DateMention {
	let res: Resolved;
	let edtf: string | null = null;
	let kind: DateMentionKind;
	if (a.right) {
		const [lr, rr] = resolveRange(a, a.right, ref, range);
		res = { span: null, basis: weaker(lr.basis, rr.basis) };
		if (lr.span && rr.span) edtf = `${lr.span.lo}/${rr.span.hi}`;
		// nonsense such as "besok hingga kemarin": no reading rather than a reversed interval
		const lo = lr.span && plainBounds(lr.span.lo.replace('?', ''));
		const hi = rr.span && plainBounds(rr.span.hi.replace('?', ''));
		if (lo && hi && lo[0] > hi[1]) [edtf, res.basis] = [null, 'none'];
		kind = 'range';
	} else {
		res = resolveAtom(a, ref, range);
		const vague = a.val.t === 'rel' && a.val.vague;
		const probe =
			a.val.t === 'rel' ? a.val.f(KIND_PROBE) : a.val.t === 'wd' ? { lo: '', hi: '' } : calSpan(a.val.shape, 2001);
		kind = a.kind === 'since' || a.kind === 'until' ? a.kind : vague ? 'before' : probe.lo === probe.hi ? 'point' : 'range';
		const s = res.span;
		if (s) {
			if (kind === 'since') edtf = `${s.lo}/..`;
			else if (kind === 'until' || kind === 'before') edtf = `../${s.hi}`;
			else edtf = s.lo === s.hi ? s.lo : `${s.lo}/${s.hi}`;
		}
	}
	const m: DateMention = { start: a.start, end: a.end, text: text.slice(a.start, a.end), edtf, basis: res.basis, kind };
	if (a.mark) m.relation = a.mark;
	if (res.candidates) m.candidates = res.candidates;
	return m;
}
