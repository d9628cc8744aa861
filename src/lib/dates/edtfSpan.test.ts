/**
 * EDTF strings as spans of UTC days, as the module defines them: start is the first and end the
 * last millisecond covered, null where an interval is open; "XXXX-05" has no place on the axis.
 */
import { describe, expect, it } from 'vitest';
import edtf from 'edtf';
import { edtfSpan, isoDay, spansOverlap, spanWidth, type EdtfSpan } from './edtfSpan';

const DAY = 86_400_000;
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
/** First and last millisecond of the days from .. to (inclusive). */
const days = (from: number, to: number) => ({ start: from, end: to + DAY - 1 });

function span(value: string): EdtfSpan {
	const s = edtfSpan(value);
	expect(s, value).not.toBeNull();
	return s!;
}

describe('edtfSpan', () => {
	it('a day is that one UTC day', () => {
		expect(span('2017-08-01')).toEqual({ ...days(day(2017, 8, 1), day(2017, 8, 1)), precision: 'day', approximate: false, uncertain: false, unknownYear: false, month: null });
		expect(isoDay(span('2017-08-01').start!)).toBe('2017-08-01');
		expect(isoDay(span('2017-08-01').end!)).toBe('2017-08-01');
	});

	it('a month runs from its first to its last day (February of a leap year has 29)', () => {
		expect(span('2017-08')).toMatchObject({ ...days(day(2017, 8, 1), day(2017, 8, 31)), precision: 'month' });
		expect(span('2016-02')).toMatchObject({ ...days(day(2016, 2, 1), day(2016, 2, 29)), precision: 'month' });
		expect(span('2017-02')).toMatchObject({ ...days(day(2017, 2, 1), day(2017, 2, 28)), precision: 'month' });
	});

	it('a year runs from 1 January to 31 December', () => {
		expect(span('2019')).toMatchObject({ ...days(day(2019, 1, 1), day(2019, 12, 31)), precision: 'year', unknownYear: false });
	});

	it('an interval covers both ends, whatever their precision', () => {
		expect(span('2017-07-31/2017-08-05')).toMatchObject({ ...days(day(2017, 7, 31), day(2017, 8, 5)), precision: 'range' });
		expect(span('2017-08/2017-09')).toMatchObject({ ...days(day(2017, 8, 1), day(2017, 9, 30)), precision: 'range' });
	});

	it('open intervals: "../2017-08-01" is on or before that day, "2017-08-09/.." from then on', () => {
		expect(span('../2017-08-01')).toMatchObject({ start: null, end: day(2017, 8, 2) - 1, precision: 'range', unknownYear: false });
		expect(span('2017-08-09/..')).toMatchObject({ start: day(2017, 8, 9), end: null, precision: 'range', unknownYear: false });
	});

	it('approximate (~), uncertain (?) and both (%) keep the span and say so', () => {
		expect(span('2019-05~')).toMatchObject({ ...days(day(2019, 5, 1), day(2019, 5, 31)), precision: 'month', approximate: true, uncertain: false });
		expect(span('2017-08-01?')).toMatchObject({ ...days(day(2017, 8, 1), day(2017, 8, 1)), precision: 'day', approximate: false, uncertain: true });
		expect(span('2017-08-01%')).toMatchObject({ precision: 'day', approximate: true, uncertain: true });
		// A flag on one end of an interval marks the interval.
		expect(span('2017-08-01?/2017-08-05')).toMatchObject({ ...days(day(2017, 8, 1), day(2017, 8, 5)), uncertain: true, approximate: false });
	});

	it('"XXXX-05" is some May of an unknown year: no place on the axis, but its month', () => {
		expect(span('XXXX-05')).toEqual({ start: null, end: null, precision: 'month', approximate: false, uncertain: false, unknownYear: true, month: 5 });
		expect(span('XXXX-05-01')).toMatchObject({ start: null, end: null, precision: 'day', unknownYear: true, month: 5 });
		// A decade is not an unknown year.
		expect(span('201X')).toMatchObject({ ...days(day(2010, 1, 1), day(2019, 12, 31)), unknownYear: false });
	});

	it('null for what is not EDTF or not a date', () => {
		for (const bad of ['', 'nonsense', '1 Agustus 2017', '2017-02-30', '2017-13', '2017-08-05/2017-08-01']) expect(edtfSpan(bad), bad).toBeNull();
	});

	it('the same string twice gives the same answer', () => {
		expect(edtfSpan('2017-08-01')).toEqual(edtfSpan('2017-08-01'));
		expect(edtfSpan('not a date')).toBeNull();
		expect(edtfSpan('not a date')).toBeNull();
	});
});

describe('spansOverlap', () => {
	const overlap = (a: string, b: string) => spansOverlap(span(a), span(b));

	it('days, months and intervals overlap when they share a day', () => {
		expect(overlap('2017-08-01', '2017-08')).toBe(true);
		expect(overlap('2017-08-01', '2017-08-02')).toBe(false);
		expect(overlap('2017-07-31/2017-08-05', '2017-08-05')).toBe(true);
		expect(overlap('2017-07-31/2017-08-05', '2017-08-06')).toBe(false);
		expect(overlap('2017-07', '2017-08')).toBe(false);
	});

	it('open sides reach as far as they go', () => {
		expect(overlap('../2017-08-01', '2017-07-01')).toBe(true);
		expect(overlap('../2017-08-01', '2017-08-01')).toBe(true);
		expect(overlap('../2017-08-01', '2017-08-02')).toBe(false);
		expect(overlap('2017-08-09/..', '2030')).toBe(true);
		expect(overlap('2017-08-09/..', '2017-08-08')).toBe(false);
		expect(overlap('../2017-08-01', '2017-08-09/..')).toBe(false);
	});

	it('a month of an unknown year overlaps a known date only if that date can be in that month', () => {
		expect(overlap('XXXX-05', '2019-05-16')).toBe(true);
		expect(overlap('XXXX-05', '2019-06-10')).toBe(false);
		expect(overlap('2019-06-10', 'XXXX-05')).toBe(false);
		expect(overlap('XXXX-05', '2019-04-20/2019-05-02')).toBe(true);
		expect(overlap('XXXX-05', '2019-06/2019-08')).toBe(false);
		// Over a year long, or open: every month is in it.
		expect(overlap('XXXX-05', '2018-06/2019-07')).toBe(true);
		expect(overlap('XXXX-05', '../2019-01-01')).toBe(true);
		expect(overlap('XXXX-05', 'XXXX-05')).toBe(true);
		expect(overlap('XXXX-05', 'XXXX-06')).toBe(false);
		expect(overlap('XXXX', '2019-06-10')).toBe(true);
	});
});

describe('spanWidth', () => {
	it('smaller is more precise; open and unknown-year spans are infinitely wide', () => {
		expect(spanWidth(span('2017-08-01'))).toBe(DAY - 1);
		expect(spanWidth(span('2017-08-01'))).toBeLessThan(spanWidth(span('2017-08')));
		expect(spanWidth(span('2017-08'))).toBeLessThan(spanWidth(span('2017')));
		expect(spanWidth(span('../2017-08-01'))).toBe(Infinity);
		expect(spanWidth(span('XXXX-05'))).toBeGreaterThan(spanWidth(span('2017')));
	});
});

describe('edtfSpan: the direct reading of common forms agrees with the edtf parser', () => {
	// Seeded strings of every common shape, valid and not: each must give what the parser gives.
	let seed = 7;
	const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
	const pad = (n: number, w: number) => String(n).padStart(w, '0');
	const date = (): string => {
		const y = pad([999, 1000, 1999, 2016, 2017, 2024, 2100][rnd(7)]!, 4);
		const shape = rnd(3);
		const q = ['', '', '~', '?', '%'][rnd(5)]!;
		if (shape === 0) return y + q;
		const m = pad([0, 1, 2, 7, 12, 13, 21][rnd(7)]!, 2);
		if (shape === 1) return `${y}-${m}${q}`;
		return `${y}-${m}-${pad([0, 1, 28, 29, 30, 31, 32][rnd(7)]!, 2)}${q}`;
	};
	it('for 3,000 dates and intervals', () => {
		const reference = (value: string) => {
			try {
				const v = edtf(value) as unknown as { min: number; max: number };
				return v;
			} catch {
				return null;
			}
		};
		let checked = 0;
		for (let i = 0; i < 3000; i++) {
			const r = rnd(4);
			const value = r === 0 ? date() : r === 1 ? `${date()}/${date()}` : r === 2 ? `../${date()}` : `${date()}/..`;
			const span = edtfSpan(value);
			const ref = reference(value);
			// The parser takes 29 February of every fourth year, 2100 too; there is no such day.
			const noSuchDay = (value.match(/\d{4}-\d{2}-\d{2}/g) ?? []).some((d) => Number.isNaN(Date.parse(d)) || new Date(Date.parse(d)).toISOString().slice(0, 10) !== d);
			if (span === null && ref !== null && noSuchDay) continue;
			expect(span === null, value).toBe(ref === null);
			if (!span || !ref) continue;
			checked++;
			if (!value.includes('/')) {
				expect([span.start, span.end], value).toEqual([ref.min, ref.max]);
			} else {
				const [lo, hi] = value.split('/');
				if (lo !== '..') expect(span.start, value).toBe((edtf(lo!) as unknown as { min: number }).min);
				if (hi !== '..') expect(span.end, value).toBe((edtf(hi!) as unknown as { max: number }).max);
			}
		}
		expect(checked).toBeGreaterThan(500);
	});
});
