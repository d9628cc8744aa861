/**
 * An EDTF date as a span of UTC days: what the timeline draws and what merging compares.
 * `2017-08-01` is one day, `2017-08` a month, `../2017-08-01` everything up to that day,
 * `XXXX-05` "some May" (no year: it cannot be placed on a time axis).
 */
import edtf from 'edtf';

export type Precision = 'day' | 'month' | 'year' | 'range';

export interface EdtfSpan {
	/** First and last millisecond covered (UTC); null where the interval is open. */
	start: number | null;
	end: number | null;
	precision: Precision;
	approximate: boolean;
	uncertain: boolean;
	/** No year is known ("XXXX-05"): month and day may still be. */
	unknownYear: boolean;
	/** Month (1-12) of an unknown-year date, when given. */
	month: number | null;
}

const cache = new Map<string, EdtfSpan | null>();

interface EdtfValue {
	type: string;
	min: number;
	max: number;
	precision?: number;
	approximate?: unknown;
	uncertain?: unknown;
	unspecified?: unknown;
	values?: number[];
	lower?: EdtfValue | number | null;
	upper?: EdtfValue | number | null;
}

function isValue(v: unknown): v is EdtfValue {
	return typeof v === 'object' && v !== null && 'min' in v;
}

function flag(v: unknown): boolean {
	if (!v) return false;
	if (typeof v === 'object' && 'value' in (v as object)) return (v as { value: number }).value !== 0;
	return Boolean(v);
}

function unspecifiedYear(v: EdtfValue): boolean {
	const u = v.unspecified as { value?: number } | number | undefined;
	const bits = typeof u === 'number' ? u : (u?.value ?? 0);
	// edtf marks unspecified digits with a bit mask; the four lowest are the year's digits.
	return (bits & 0b1111) === 0b1111;
}

/** null when the string is not EDTF. */
export function edtfSpan(value: string): EdtfSpan | null {
	const hit = cache.get(value);
	if (hit !== undefined) return hit;
	let span = commonSpan(value);
	if (span === undefined) {
		try {
			span = toSpan(edtf(value) as unknown as EdtfValue);
		} catch {
			span = null;
		}
	}
	if (cache.size > 200_000) cache.clear();
	cache.set(value, span);
	return span;
}

const DAY_MS = 86_400_000;
const COMMON = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/**
 * The forms nearly every record uses (YYYY, YYYY-MM, YYYY-MM-DD, each maybe qualified, and
 * intervals of them, open with ".."), read directly: the edtf parser is exact but slow, and a
 * corpus of 100,000 events would spend seconds in it. Returns undefined for anything else
 * (seasons, unspecified digits, sets, reversed intervals ...), which goes to the parser; a test
 * checks both agree.
 */
function commonSpan(value: string): EdtfSpan | null | undefined {
	const slash = value.indexOf('/');
	if (slash < 0) return commonDate(value);
	const lowerText = value.slice(0, slash);
	const upperText = value.slice(slash + 1);
	if (upperText.includes('/')) return undefined;
	const lower = lowerText === '..' ? 'open' : commonDate(lowerText);
	const upper = upperText === '..' ? 'open' : commonDate(upperText);
	if (lower === undefined || upper === undefined || (lower === 'open' && upper === 'open')) return undefined;
	if (lower === null || upper === null) return null;
	return commonInterval(lower === 'open' ? null : lower, upper === 'open' ? null : upper);
}

function commonInterval(lower: EdtfSpan | null, upper: EdtfSpan | null): EdtfSpan | undefined {
	if (lower && upper && lower.start! > upper.start!) return undefined;
	return {
		start: lower ? lower.start : null,
		end: upper ? upper.end : null,
		precision: 'range',
		approximate: !!(lower?.approximate || upper?.approximate),
		uncertain: !!(lower?.uncertain || upper?.uncertain),
		unknownYear: false,
		month: null
	};
}

/** A plain date; null when it has the form but no such day exists (2017-02-30). */
function commonDate(text: string): EdtfSpan | null | undefined {
	const m = COMMON.exec(text);
	if (!m) return undefined;
	const year = Number(m[1]);
	// Date.UTC reads years below 100 as 19xx: leave the rare early years to the parser.
	if (year < 1000) return undefined;
	const month = m[2] === undefined ? null : Number(m[2]);
	if (month !== null && (month < 1 || month > 12)) return undefined;
	const day = m[3] === undefined ? null : Number(m[3]);
	const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
	if (day !== null && new Date(start).getUTCDate() !== day) return null;
	const next = day !== null ? start + DAY_MS : month !== null ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
	const qualifier = m[4];
	return {
		start,
		end: next - 1,
		precision: day !== null ? 'day' : month !== null ? 'month' : 'year',
		approximate: qualifier === '~' || qualifier === '%',
		uncertain: qualifier === '?' || qualifier === '%',
		unknownYear: false,
		month: null
	};
}

function toSpan(v: EdtfValue): EdtfSpan {
	if (v.type === 'Interval') {
		const lower = isValue(v.lower) ? toSpan(v.lower) : null;
		const upper = isValue(v.upper) ? toSpan(v.upper) : null;
		return {
			start: lower?.start ?? null,
			end: upper?.end ?? null,
			precision: 'range',
			approximate: !!(lower?.approximate || upper?.approximate),
			uncertain: !!(lower?.uncertain || upper?.uncertain),
			unknownYear: !!(lower?.unknownYear || upper?.unknownYear),
			month: lower?.month ?? upper?.month ?? null
		};
	}
	const unknownYear = v.type === 'Date' && unspecifiedYear(v);
	const precision: Precision = v.precision === 3 ? 'day' : v.precision === 2 ? 'month' : v.precision === 1 ? 'year' : 'range';
	return {
		start: unknownYear ? null : Number.isFinite(v.min) ? v.min : null,
		end: unknownYear ? null : Number.isFinite(v.max) ? v.max : null,
		precision,
		approximate: flag(v.approximate),
		uncertain: flag(v.uncertain),
		unknownYear,
		month: unknownYear && v.values && v.values.length > 1 ? v.values[1]! + 1 : null
	};
}

/** Can two dates be the same happening? Unknown or open sides overlap with anything. */
export function spansOverlap(a: EdtfSpan, b: EdtfSpan): boolean {
	if (a.unknownYear || b.unknownYear) {
		// Only an unknown-year date carries `month`: a known date's is null and says nothing.
		if (a.unknownYear && b.unknownYear) return a.month === null || b.month === null || a.month === b.month;
		const known = a.unknownYear ? b : a;
		const month = (a.unknownYear ? a : b).month;
		if (month === null) return true;
		if (known.start === null || known.end === null) return true;
		// Does the known span contain any day of that month?
		if (known.end - known.start > 366 * 86400000) return true;
		for (let t = known.start; t <= known.end; t += 86400000) if (new Date(t).getUTCMonth() + 1 === month) return true;
		return false;
	}
	const aStart = a.start ?? -Infinity;
	const aEnd = a.end ?? Infinity;
	const bStart = b.start ?? -Infinity;
	const bEnd = b.end ?? Infinity;
	return aStart <= bEnd && bStart <= aEnd;
}

/** Width in ms, Infinity for open or unknown spans: smaller is more precise. */
export function spanWidth(s: EdtfSpan): number {
	if (s.unknownYear) return Number.MAX_VALUE;
	if (s.start === null || s.end === null) return Infinity;
	return s.end - s.start;
}

/** YYYY-MM-DD of a UTC millisecond. */
export function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}
