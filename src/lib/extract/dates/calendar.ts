/**
 * Calendar helpers: calendar days as Dates, their YYYY-MM-DD / YYYY-MM / YYYY strings, and Span, the
 * EDTF extent (lo..hi) built from them.
 *
 * Calendar arithmetic is done with date-fns. date-fns v4 computes in the machine's local frame, so a
 * calendar day is represented as a Date at *local* midnight and read back with local getters
 * (getYear/getMonth/getDate). Construction and reading happen in the same frame and no instant is
 * ever compared across frames, so the results are the same in every time zone. (Building the days
 * with Date.UTC and then calling date-fns would make startOfISOWeek/getDay zone-dependent.)
 */
import { endOfISOWeek, getDate, getDaysInMonth, getMonth, getYear, isValid, startOfISOWeek } from 'date-fns';

export const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
export const pad4 = (n: number): string => String(n).padStart(4, '0');

/** The calendar day y-m-d (m 1-based), or null if it does not exist (31 June, 29 Feb 2017). */
export function mkDay(y: number, m: number, d: number): Date | null {
	if (m < 1 || m > 12 || d < 1 || d > 31) return null;
	const first = new Date(y, m - 1, 1);
	if (!isValid(first) || d > getDaysInMonth(first)) return null;
	return new Date(y, m - 1, d);
}
/** Days in month m when the year is unknown: a leap year, so 29 Feb stays possible. */
export const daysInMonthAnyYear = (m: number): number => getDaysInMonth(new Date(2000, m - 1, 1));

export const ymd = (dt: Date): string => `${pad4(getYear(dt))}-${pad2(getMonth(dt) + 1)}-${pad2(getDate(dt))}`;
const ym = (dt: Date): string => `${pad4(getYear(dt))}-${pad2(getMonth(dt) + 1)}`;
const yOnly = (dt: Date): string => pad4(getYear(dt));

const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
export function parseDay(s: string): Date | null {
	const m = ISO_DAY_RE.exec(s);
	return m ? mkDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** An EDTF extent: lo and hi endpoints (equal for a single date/month/year). */
export interface Span {
	lo: string;
	hi: string;
}
export const spanDay = (dt: Date): Span => ({ lo: ymd(dt), hi: ymd(dt) });
export const spanDays = (a: Date, b: Date): Span => ({ lo: ymd(a), hi: ymd(b) });
export const spanMonth = (dt: Date): Span => ({ lo: ym(dt), hi: ym(dt) });
export const spanMonths = (a: Date, b: Date): Span => ({ lo: ym(a), hi: ym(b) });
export const spanYear = (dt: Date): Span => ({ lo: yOnly(dt), hi: yOnly(dt) });
export const spanYears = (a: Date, b: Date): Span => ({ lo: yOnly(a), hi: yOnly(b) });
export const isoWeek = (dt: Date): Span => spanDays(startOfISOWeek(dt), endOfISOWeek(dt));
