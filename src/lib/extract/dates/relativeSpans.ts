/**
 * What relative phrases mean against the reference day: the fixed phrase tables ("kemarin",
 * "pekan lalu", "last month", "recently") and the unit arithmetic behind counted phrases and windows
 * ("dua hari lalu", "beberapa bulan terakhir", "late last week").
 */
import {
	addDays,
	addMonths,
	addWeeks,
	addYears,
	endOfISOWeek,
	endOfMonth,
	getISODay,
	getMonth,
	getYear,
	startOfISOWeek,
	startOfMonth,
	subDays,
	subMonths,
	subWeeks,
	subYears
} from 'date-fns';
import type { Lang } from './types';
import { type Span, isoWeek, spanDay, spanDays, spanMonth, spanMonths, spanYear, spanYears } from './calendar';
import { type Unit, YEAR_PART_MONTHS } from './vocabulary';
import type { Mark, Part } from './atoms';
import { calSpan } from './edtf';

interface RelEntry {
	f: (r: Date) => Span;
	mark?: Mark;
	vague?: boolean;
	dayWord?: boolean;
}
const REF_ONLY = (r: Date): Span => spanDay(r);
const weekendOf = (dt: Date): Span => spanDays(addDays(startOfISOWeek(dt), 5), endOfISOWeek(dt));

function entries(keys: string[], e: RelEntry): Array<[string, RelEntry]> {
	return keys.map((k) => [k, e]);
}

/** Fixed relative phrases, keyed by their normalised (lower-case, single-spaced) text. */
export const FIXED_REL: Record<Lang, Map<string, RelEntry>> = {
	id: new Map<string, RelEntry>([
		...entries(['hari ini', 'tadi pagi', 'pagi tadi', 'pagi ini', 'siang ini', 'siang tadi', 'sore ini', 'sore tadi', 'malam ini'], {
			f: REF_ONLY, mark: 'present', dayWord: true
		}),
		...entries(['kemarin', 'hari kemarin'], { f: (r) => spanDay(subDays(r, 1)), mark: 'past', dayWord: true }),
		...entries(['kemarin lusa'], { f: (r) => spanDay(subDays(r, 2)), mark: 'past', dayWord: true }),
		...entries(['besok', 'esok hari', 'besok hari'], { f: (r) => spanDay(addDays(r, 1)), mark: 'future', dayWord: true }),
		...entries(['lusa'], { f: (r) => spanDay(addDays(r, 2)), mark: 'future', dayWord: true }),
		...entries(
			['pekan ini', 'minggu ini', 'sepekan ini', 'seminggu ini', 'dalam sepekan ini', 'dalam seminggu ini', 'dalam pekan ini',
				'dalam minggu ini', 'selama sepekan ini', 'selama seminggu ini', 'selama pekan ini'],
			{ f: isoWeek, mark: 'present' }
		),
		...entries(
			['pekan lalu', 'minggu lalu', 'sepekan lalu', 'pekan kemarin', 'minggu kemarin', 'pekan yang lalu', 'minggu yang lalu', 'sepekan yang lalu'],
			{ f: (r) => isoWeek(subWeeks(r, 1)), mark: 'past' }
		),
		...entries(['pekan depan', 'minggu depan', 'pekan mendatang', 'minggu mendatang'], { f: (r) => isoWeek(addWeeks(r, 1)), mark: 'future' }),
		...entries(['bulan ini'], { f: spanMonth, mark: 'present' }),
		...entries(['bulan lalu', 'bulan kemarin', 'bulan yang lalu'], { f: (r) => spanMonth(subMonths(r, 1)), mark: 'past' }),
		...entries(['bulan depan', 'bulan mendatang'], { f: (r) => spanMonth(addMonths(r, 1)), mark: 'future' }),
		...entries(['tahun ini'], { f: spanYear, mark: 'present' }),
		...entries(['tahun lalu', 'tahun kemarin', 'tahun yang lalu'], { f: (r) => spanYear(subYears(r, 1)), mark: 'past' }),
		...entries(['tahun depan', 'tahun mendatang'], { f: (r) => spanYear(addYears(r, 1)), mark: 'future' }),
		// Vague "a while ago": '../REF'. ("sebelumnya" is deliberately not read: it is relative to
		// another event in the narrative, not to the article date.)
		...entries(
			['beberapa waktu lalu', 'beberapa waktu yang lalu', 'baru-baru ini', 'belum lama ini', 'belakangan ini', 'akhir-akhir ini',
				'beberapa waktu terakhir', 'beberapa waktu belakangan'],
			{ f: REF_ONLY, mark: 'past', vague: true }
		)
	]),
	en: new Map<string, RelEntry>([
		...entries(['today', 'tonight', 'this morning', 'this afternoon', 'this evening', 'earlier today', 'later today'], {
			f: REF_ONLY, mark: 'present', dayWord: true
		}),
		...entries(['yesterday'], { f: (r) => spanDay(subDays(r, 1)), mark: 'past', dayWord: true }),
		...entries(['the day before yesterday'], { f: (r) => spanDay(subDays(r, 2)), mark: 'past' }),
		...entries(['tomorrow'], { f: (r) => spanDay(addDays(r, 1)), mark: 'future', dayWord: true }),
		...entries(['the day after tomorrow'], { f: (r) => spanDay(addDays(r, 2)), mark: 'future' }),
		...entries(['this week'], { f: isoWeek, mark: 'present' }),
		...entries(['last week', 'the previous week'], { f: (r) => isoWeek(subWeeks(r, 1)), mark: 'past' }),
		...entries(['next week', 'the coming week'], { f: (r) => isoWeek(addWeeks(r, 1)), mark: 'future' }),
		...entries(['this weekend'], { f: weekendOf, mark: 'present' }),
		...entries(['last weekend'], { f: (r) => weekendOf(subWeeks(r, 1)), mark: 'past' }),
		...entries(['next weekend'], { f: (r) => weekendOf(addWeeks(r, 1)), mark: 'future' }),
		// The most recent weekend: this one if the reference is a Saturday or Sunday.
		...entries(['over the weekend', 'at the weekend', 'on the weekend'], {
			f: (r) => weekendOf(getISODay(r) >= 6 ? r : subWeeks(r, 1)), mark: 'past'
		}),
		...entries(['this month'], { f: spanMonth, mark: 'present' }),
		...entries(['last month', 'the previous month'], { f: (r) => spanMonth(subMonths(r, 1)), mark: 'past' }),
		...entries(['next month'], { f: (r) => spanMonth(addMonths(r, 1)), mark: 'future' }),
		...entries(['this year'], { f: spanYear, mark: 'present' }),
		...entries(['last year', 'the previous year'], { f: (r) => spanYear(subYears(r, 1)), mark: 'past' }),
		...entries(['next year'], { f: (r) => spanYear(addYears(r, 1)), mark: 'future' }),
		...entries(['recently', 'lately', 'some time ago', 'a while ago', 'not long ago', 'in recent times'], {
			f: REF_ONLY, mark: 'past', vague: true
		})
	])
};

/** Shift a reference by n units and give the extent of the resulting unit (point phrases "2 days ago"). */
export function unitPoint(r: Date, unit: Unit, n: number): Span {
	switch (unit) {
		case 'day':
			return spanDay(addDays(r, n));
		case 'week':
			return spanDay(addWeeks(r, n));
		case 'month':
			return spanMonth(addMonths(r, n));
		case 'year':
			return spanYear(addYears(r, n));
	}
}
/** Add n units to a day (n may be negative). */
export function shift(r: Date, unit: Unit, n: number): Date {
	return unit === 'day' ? addDays(r, n) : unit === 'week' ? addWeeks(r, n) : unit === 'month' ? addMonths(r, n) : addYears(r, n);
}
/** What "beberapa"/"a few"/"several" is taken to mean, per unit. */
export const FEW: Record<Unit, number> = { day: 7, week: 6, month: 6, year: 5 };
/**
 * "beberapa hari lalu" (a few days ago): the window FEW[unit]..1 units before the reference, at the
 * precision of the unit (days for days and weeks, months, years).
 */
export function fewAgo(r: Date, unit: Unit): Span {
	switch (unit) {
		case 'day':
			return spanDays(subDays(r, FEW.day), subDays(r, 1));
		case 'week':
			return spanDays(subWeeks(r, FEW.week), subWeeks(r, 1));
		case 'month':
			return spanMonths(subMonths(r, FEW.month), subMonths(r, 1));
		case 'year':
			return spanYears(subYears(r, FEW.year), subYears(r, 1));
	}
}
/** A window of n units ending at the reference (past) or starting at it (future), in days. */
export function windowSpan(r: Date, unit: Unit, n: number, future: boolean): Span {
	return future ? spanDays(r, shift(r, unit, n)) : spanDays(shift(r, unit, -n), r);
}
export const countOk = (n: number | null): n is number => n !== null && Number.isInteger(n) && n > 0 && n <= 100;

/** First and last day of the week (ISO), month or year containing dt. */
export function unitBounds(dt: Date, unit: Unit): [Date, Date] {
	switch (unit) {
		case 'day':
			return [dt, dt];
		case 'week':
			return [startOfISOWeek(dt), endOfISOWeek(dt)];
		case 'month':
			return [startOfMonth(dt), endOfMonth(dt)];
		case 'year':
			return [new Date(getYear(dt), 0, 1), new Date(getYear(dt), 11, 31)];
	}
}

/**
 * Early/mid/late part of the unit containing dt. Weeks: Mon-Tue / Wed-Thu / Sat-Sun ("akhir pekan"
 * is the weekend; English "late last week" is Thu-Sun). Months: days 1-10 / 11-20 / 21-end.
 * Years: Jan-Apr / May-Aug / Sep-Dec.
 */
export function partOfUnit(dt: Date, unit: Unit, part: Part, lang: Lang): Span {
	if (unit === 'week') {
		const mon = startOfISOWeek(dt);
		const [a, b] = part === 'early' ? [0, 1] : part === 'mid' ? [2, 3] : lang === 'id' ? [5, 6] : [3, 6];
		return spanDays(addDays(mon, a), addDays(mon, b));
	}
	if (unit === 'month') return calSpan({ s: 'mpart', m: getMonth(dt) + 1, part }, getYear(dt));
	const [m1, m2] = YEAR_PART_MONTHS[part];
	return calSpan({ s: 'months', m1, m2 }, getYear(dt));
}
