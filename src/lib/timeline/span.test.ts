import { describe, expect, it } from 'vitest';
import { anchorDay, DAY, dayOf, FLAG } from './span';
import { toTimeSpan } from './toTimeSpan';

/** Days since 1970-01-01 of a calendar date (month 1-12), computed independently of the module. */
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe('day numbers', () => {
	it('counts whole UTC days since the epoch', () => {
		expect(day(2017, 8, 1)).toBe(17_379);
		expect(DAY).toBe(86_400_000);
		expect(dayOf(Date.UTC(2017, 7, 1))).toBe(17_379);
		expect(dayOf(Date.UTC(2017, 7, 1, 23, 59, 59, 999))).toBe(17_379);
		expect(dayOf(0)).toBe(0);
		// Before 1970 days are negative and still floor to the day that contains the instant.
		expect(dayOf(Date.UTC(1969, 11, 31, 12))).toBe(-1);
	});
});

describe('toTimeSpan', () => {
	it('reads a day as a single-day point', () => {
		expect(toTimeSpan('2017-08-01')).toEqual({ start: day(2017, 8, 1), end: day(2017, 8, 1), flags: 0, month: null });
	});

	it('reads a month as all of its days', () => {
		const s = toTimeSpan('2017-08');
		expect(s.start).toBe(day(2017, 8, 1));
		expect(s.end).toBe(day(2017, 8, 31));
		expect(s.end! - s.start! + 1).toBe(31);
		expect(s.flags).toBe(0);
		// February of a leap year and of a common year.
		expect(toTimeSpan('2016-02')).toMatchObject({ start: day(2016, 2, 1), end: day(2016, 2, 29) });
		expect(toTimeSpan('2017-02')).toMatchObject({ start: day(2017, 2, 1), end: day(2017, 2, 28) });
	});

	it('reads a year as all of its days', () => {
		expect(toTimeSpan('2017')).toEqual({ start: day(2017, 1, 1), end: day(2017, 12, 31), flags: 0, month: null });
		const leap = toTimeSpan('2016');
		expect(leap.end! - leap.start! + 1).toBe(366);
	});

	it('flags an approximate date and keeps its days', () => {
		const s = toTimeSpan('2019-05~');
		expect(s.start).toBe(day(2019, 5, 1));
		expect(s.end).toBe(day(2019, 5, 31));
		expect(s.flags & FLAG.approximate).toBe(FLAG.approximate);
		expect(s.flags & FLAG.uncertain).toBe(0);
		expect(s.flags & FLAG.undated).toBe(0);
	});

	it('flags an uncertain date, and both for "%"', () => {
		const s = toTimeSpan('2019-05?');
		expect(s).toMatchObject({ start: day(2019, 5, 1), end: day(2019, 5, 31) });
		expect(s.flags & FLAG.uncertain).toBe(FLAG.uncertain);
		expect(s.flags & FLAG.approximate).toBe(0);
		expect(toTimeSpan('2019-05%').flags & (FLAG.approximate | FLAG.uncertain)).toBe(FLAG.approximate | FLAG.uncertain);
		expect(toTimeSpan('2019-05-03~').flags & FLAG.approximate).toBe(FLAG.approximate);
	});

	it('reads a season as a span of months', () => {
		const s = toTimeSpan('2019-21');
		expect(s.flags).toBe(0);
		expect(s.start).not.toBeNull();
		expect(s.end).not.toBeNull();
		// About a quarter of 2019.
		expect(s.start!).toBeGreaterThanOrEqual(day(2019, 1, 1));
		expect(s.end!).toBeLessThanOrEqual(day(2019, 12, 31));
		expect(s.end! - s.start! + 1).toBeGreaterThanOrEqual(89);
		expect(s.end! - s.start! + 1).toBeLessThanOrEqual(92);
	});

	it('reads a closed interval from its first to its last day', () => {
		expect(toTimeSpan('2017-07-31/2017-08-05')).toEqual({ start: day(2017, 7, 31), end: day(2017, 8, 5), flags: 0, month: null });
		// Month bounds: from the first day of the first month to the last day of the last.
		expect(toTimeSpan('2017-07/2017-09')).toMatchObject({ start: day(2017, 7, 1), end: day(2017, 9, 30), flags: 0 });
		// An approximate side flags the whole interval.
		expect(toTimeSpan('2017~/2018').flags & FLAG.approximate).toBe(FLAG.approximate);
	});

	it('reads an interval open at the start', () => {
		const s = toTimeSpan('../2017-08-01');
		expect(s.start).toBeNull();
		expect(s.end).toBe(day(2017, 8, 1));
		expect(s.flags & FLAG.openStart).toBe(FLAG.openStart);
		expect(s.flags & (FLAG.openEnd | FLAG.undated)).toBe(0);
		expect(anchorDay(s)).toBe(day(2017, 8, 1));
		// An open side with a month: it ends on the last day of the month.
		expect(toTimeSpan('../2017-08')).toMatchObject({ start: null, end: day(2017, 8, 31) });
	});

	it('reads an interval open at the end', () => {
		const s = toTimeSpan('2017-08-09/..');
		expect(s.start).toBe(day(2017, 8, 9));
		expect(s.end).toBeNull();
		expect(s.flags & FLAG.openEnd).toBe(FLAG.openEnd);
		expect(s.flags & (FLAG.openStart | FLAG.undated)).toBe(0);
		expect(anchorDay(s)).toBe(day(2017, 8, 9));
	});

	it('sends missing, unreadable and impossible dates to the undated tray', () => {
		for (const value of [null, '', 'not a date', '2017-02-30', '2017-13']) {
			const s = toTimeSpan(value);
			expect(s.flags & FLAG.undated, String(value)).toBe(FLAG.undated);
			expect(s.start).toBeNull();
			expect(s.end).toBeNull();
			expect(anchorDay(s)).toBeNull();
		}
	});

	it('keeps the month of a date without a year, but cannot place it', () => {
		const s = toTimeSpan('XXXX-05');
		expect(s).toMatchObject({ start: null, end: null, month: 5 });
		expect(s.flags & FLAG.undated).toBe(FLAG.undated);
	});

	it('anchors a span at its start, or at its end when the start is open', () => {
		expect(anchorDay({ start: 10, end: 20 })).toBe(10);
		expect(anchorDay({ start: null, end: 20 })).toBe(20);
		expect(anchorDay({ start: 10, end: null })).toBe(10);
		expect(anchorDay({ start: null, end: null })).toBeNull();
		// Day 0 is a real day, not "missing".
		expect(anchorDay({ start: 0, end: 5 })).toBe(0);
	});
});
