/**
 * EDTF building and clipping: the calendar bounds and EDTF extent of a Shape in a given year, the
 * bounds of a plain EDTF date, and clipToReference.
 */
import { getDaysInMonth, lastDayOfMonth } from 'date-fns';
import { type Span, daysInMonthAnyYear, mkDay, pad2, pad4, parseDay, ymd } from './calendar';
import type { Shape } from './atoms';

/** First and last day of a shape in year y, or null if it does not exist that year. */
export function calBounds(shape: Shape, y: number): [Date, Date] | null {
	switch (shape.s) {
		case 'day': {
			const d = mkDay(y, shape.m, shape.d);
			return d ? [d, d] : null;
		}
		case 'days': {
			const a = mkDay(y, shape.m, shape.d1), b = mkDay(y, shape.m, shape.d2);
			return a && b ? [a, b] : null;
		}
		case 'month': {
			const a = mkDay(y, shape.m, 1)!;
			return [a, lastDayOfMonth(a)];
		}
		case 'mpart': {
			const a = mkDay(y, shape.m, 1)!;
			if (shape.part === 'early') return [a, mkDay(y, shape.m, 10)!];
			if (shape.part === 'mid') return [mkDay(y, shape.m, 11)!, mkDay(y, shape.m, 20)!];
			return [mkDay(y, shape.m, 21)!, lastDayOfMonth(a)];
		}
		case 'months': {
			const a = mkDay(shape.m1 > shape.m2 ? y - 1 : y, shape.m1, 1)!;
			return [a, lastDayOfMonth(mkDay(y, shape.m2, 1)!)];
		}
		case 'year':
			return [mkDay(y, 1, 1)!, mkDay(y, 12, 31)!];
	}
}

/** EDTF extent of a shape in year y (y null: unspecified year 'XXXX'). */
export function calSpan(shape: Shape, y: number | null): Span {
	const Y = y === null ? 'XXXX' : pad4(y);
	const Yprev = y === null ? 'XXXX' : pad4(y - 1);
	const md = (m: number, d: number): string => `${Y}-${pad2(m)}-${pad2(d)}`;
	switch (shape.s) {
		case 'day':
			return { lo: md(shape.m, shape.d), hi: md(shape.m, shape.d) };
		case 'days':
			return { lo: md(shape.m, shape.d1), hi: md(shape.m, shape.d2) };
		case 'month':
			return { lo: `${Y}-${pad2(shape.m)}`, hi: `${Y}-${pad2(shape.m)}` };
		case 'mpart': {
			const last = y === null ? daysInMonthAnyYear(shape.m) : getDaysInMonth(mkDay(y, shape.m, 1)!);
			const [a, b] = shape.part === 'early' ? [1, 10] : shape.part === 'mid' ? [11, 20] : [21, last];
			return { lo: md(shape.m, a), hi: md(shape.m, b) };
		}
		case 'months':
			return { lo: `${shape.m1 > shape.m2 ? Yprev : Y}-${pad2(shape.m1)}`, hi: `${Y}-${pad2(shape.m2)}` };
		case 'year':
			return { lo: Y, hi: Y };
	}
}

export const uncertain = (s: Span): Span => ({ lo: s.lo + '?', hi: s.hi + '?' });

/** Order of calendar position within a year, to decide whether a range crosses New Year. */
export function calOrder(s: Shape): number {
	switch (s.s) {
		case 'day':
			return s.m * 100 + s.d;
		case 'days':
			return s.m * 100 + s.d1;
		case 'month':
		case 'mpart':
			return s.m * 100;
		case 'months':
			return s.m1 * 100;
		case 'year':
			return 0;
	}
}

// ---------------------------------------------------------------------------------------------
// clipToReference
// ---------------------------------------------------------------------------------------------

const EDTF_PLAIN_RE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** First and last calendar day (YYYY-MM-DD) of a plain EDTF date of year, month or day precision. */
export function plainBounds(s: string): [string, string] | null {
	if (!EDTF_PLAIN_RE.test(s)) return null;
	if (s.length === 10) return [s, s];
	if (s.length === 7) {
		const d = mkDay(Number(s.slice(0, 4)), Number(s.slice(5, 7)), 1);
		return d ? [ymd(d), ymd(lastDayOfMonth(d))] : null;
	}
	return [`${s}-01-01`, `${s}-12-31`];
}

/**
 * Clip an interval (or a plain year/month) that contains the reference day to [start, ref] ('past')
 * or [ref, end] ('future'). Anything that does not contain ref, or carries qualifiers (?, ~, X), is
 * returned unchanged. clipToReference('2017-07-31/2017-08-06', '2017-08-05', 'past') === '2017-07-31/2017-08-05'
 */
export function clipToReference(edtf: string, reference: string, side: 'past' | 'future'): string {
	if (!parseDay(reference)) return edtf;
	const parts = edtf.split('/');
	if (parts.length > 2) return edtf;
	const lo = parts[0]!, hi = parts.length === 2 ? parts[1]! : parts[0]!;
	const loB = lo === '..' ? null : plainBounds(lo);
	const hiB = hi === '..' ? null : plainBounds(hi);
	if ((lo !== '..' && !loB) || (hi !== '..' && !hiB)) return edtf;
	if ((loB && loB[0] > reference) || (hiB && hiB[1] < reference)) return edtf;
	const a = side === 'past' ? (loB ? (parts.length === 2 ? lo : loB[0]) : '..') : reference;
	const b = side === 'past' ? reference : hiB ? (parts.length === 2 ? hi : hiB[1]) : '..';
	return a === b ? a : `${a}/${b}`;
}
