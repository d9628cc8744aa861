/**
 * Date phrases in Indonesian and English tech-policy news -> EDTF (ISO 8601-2).
 *
 * Pure functions, no I/O, no clock: every relative phrase is computed from the reference date the
 * caller passes in (normally the article's publication date), never from "now".
 *
 * How findDateMentions works:
 *   1. Phrase families propose "atoms": a span of the text plus a structured, still unresolved
 *      value (e.g. { day 1, month 8, no year }). Digit-led families scan the text with a global
 *      regex; word-led families are run only where one lexer pass found their keyword (see
 *      "Phrase families" for why). All regexes are compiled once at module load.
 *   2. Weekday words directly before a day+month atom are attached to it ("Selasa (1/8)").
 *   3. Stand-alone weekdays become atoms only in date-like contexts ("pada Selasa", "Selasa lalu").
 *   4. Overlaps are resolved: the longest atom wins.
 *   5. Neighbouring atoms are combined: ranges ("31 Juli - 5 Agustus 2017": a year-less side takes
 *      the other side's year), "kemarin (4/8)", and "sejak"/"hingga"/"since"/"until" prefixes.
 *   6. Each atom is resolved against the reference date into an EDTF string.
 *
 * Calendar arithmetic is done with date-fns. date-fns v4 computes in the machine's local frame, so a
 * calendar day is represented as a Date at *local* midnight and read back with local getters
 * (getYear/getMonth/getDate). Construction and reading happen in the same frame and no instant is
 * ever compared across frames, so the results are the same in every time zone. (Building the days
 * with Date.UTC and then calling date-fns would make startOfISOWeek/getDay zone-dependent.)
 *
 * The edtf parser is deliberately not used here (hot path); the tests check every string with it.
 */
import {
	addDays,
	addMonths,
	addWeeks,
	addYears,
	differenceInCalendarDays,
	endOfISOWeek,
	endOfMonth,
	getDate,
	getDay,
	getDaysInMonth,
	getISODay,
	getMonth,
	getYear,
	isValid,
	lastDayOfMonth,
	nextDay,
	previousDay,
	startOfISOWeek,
	startOfMonth,
	subDays,
	subMonths,
	subWeeks,
	subYears
} from 'date-fns';
import type { Day, Locale, Month } from 'date-fns';
import { enUS, id as idLocale } from 'date-fns/locale';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export type Lang = 'id' | 'en';
export interface ReferenceDate {
	date: string /* YYYY-MM-DD */;
	basis: 'published' | 'dateline' | 'estimated';
}
export type DateMentionBasis = 'explicit' | 'explicit-partial' | 'weekday' | 'relative' | 'none';
export type DateMentionKind = 'point' | 'range' | 'since' | 'until' | 'before';
export type DateRelation = 'past' | 'future' | 'present';
export interface DateMention {
	/** UTF-16 offset of the phrase in the input text */
	start: number;
	/** exclusive; text.slice(start, end) === mention.text */
	end: number;
	text: string;
	/** null when the phrase has no basis (relative phrase and no reference date) */
	edtf: string | null;
	/**
	 * 'explicit': full date/month-year/year in the phrase; 'explicit-partial': year (or month) taken
	 * from the reference date; 'weekday': year to be chosen from the weekday (see candidates);
	 * 'relative': computed from the reference date; 'none': no basis (edtf null or 'XXXX-..').
	 */
	basis: DateMentionBasis;
	/** 'since' = open end ('YYYY-08/..'); 'until' = open start; 'before' = vaguely earlier ('../REF') */
	kind: DateMentionKind;
	/** set only when the phrase itself says where it points ("lalu", "depan", "ini", "kemarin", "next") */
	relation?: DateRelation;
	/** weekday + day/month without any year basis: every matching YYYY-MM-DD in yearRange, ascending */
	candidates?: string[];
}
export interface FindDatesOptions {
	lang: Lang;
	reference: ReferenceDate | null;
	/** default [1990, 2035] */
	yearRange?: [number, number];
}
export interface DurationMention {
	start: number;
	end: number;
	text: string;
	/** ISO 8601 duration, e.g. P3M, P2W, P10D, P1Y, PT6H */
	iso: string;
}

const DEFAULT_YEAR_RANGE: [number, number] = [1990, 2035];

// ---------------------------------------------------------------------------------------------
// Calendar helpers (see the header comment on why days are local-midnight Dates)
// ---------------------------------------------------------------------------------------------

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** The calendar day y-m-d (m 1-based), or null if it does not exist (31 June, 29 Feb 2017). */
function mkDay(y: number, m: number, d: number): Date | null {
	if (m < 1 || m > 12 || d < 1 || d > 31) return null;
	const first = new Date(y, m - 1, 1);
	if (!isValid(first) || d > getDaysInMonth(first)) return null;
	return new Date(y, m - 1, d);
}
/** Days in month m when the year is unknown: a leap year, so 29 Feb stays possible. */
const daysInMonthAnyYear = (m: number): number => getDaysInMonth(new Date(2000, m - 1, 1));

const ymd = (dt: Date): string => `${pad4(getYear(dt))}-${pad2(getMonth(dt) + 1)}-${pad2(getDate(dt))}`;
const ym = (dt: Date): string => `${pad4(getYear(dt))}-${pad2(getMonth(dt) + 1)}`;
const yOnly = (dt: Date): string => pad4(getYear(dt));

const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseDay(s: string): Date | null {
	const m = ISO_DAY_RE.exec(s);
	return m ? mkDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** An EDTF extent: lo and hi endpoints (equal for a single date/month/year). */
interface Span {
	lo: string;
	hi: string;
}
const spanDay = (dt: Date): Span => ({ lo: ymd(dt), hi: ymd(dt) });
const spanDays = (a: Date, b: Date): Span => ({ lo: ymd(a), hi: ymd(b) });
const spanMonth = (dt: Date): Span => ({ lo: ym(dt), hi: ym(dt) });
const spanMonths = (a: Date, b: Date): Span => ({ lo: ym(a), hi: ym(b) });
const spanYear = (dt: Date): Span => ({ lo: yOnly(dt), hi: yOnly(dt) });
const spanYears = (a: Date, b: Date): Span => ({ lo: yOnly(a), hi: yOnly(b) });
const isoWeek = (dt: Date): Span => spanDays(startOfISOWeek(dt), endOfISOWeek(dt));

// ---------------------------------------------------------------------------------------------
// Word tables. Month and weekday names are seeded from the date-fns locales (id, enUS) and
// completed with the spellings newsrooms actually use (Ags, Agst, Pebruari, Nop, Jum'at, Sept...).
// ---------------------------------------------------------------------------------------------

interface WordTables {
	/** full month names (may stand alone: "bulan Mei", "in May") -> 1..12 */
	monthFull: Map<string, number>;
	/** abbreviations (only next to a day or year number: "05 Ags 2017", "Aug. 1") -> 1..12 */
	monthAbbr: Map<string, number>;
	/** weekday names that may stand alone -> 0 (Sunday) .. 6 */
	wdFull: Map<string, number>;
	/** weekday abbreviations, only attached to a date ("Tue, Aug 1") */
	wdAbbr: Map<string, number>;
}

function localeTables(locale: Locale): WordTables {
	const t: WordTables = { monthFull: new Map(), monthAbbr: new Map(), wdFull: new Map(), wdAbbr: new Map() };
	for (let i = 0; i < 12; i++) {
		t.monthFull.set(locale.localize.month(i as Month, { width: 'wide' }).toLowerCase(), i + 1);
		t.monthAbbr.set(locale.localize.month(i as Month, { width: 'abbreviated' }).toLowerCase(), i + 1);
	}
	for (let i = 0; i < 7; i++) t.wdFull.set(locale.localize.day(i as Day, { width: 'wide' }).toLowerCase(), i);
	return t;
}

const ID_WORDS = localeTables(idLocale);
for (const [w, n] of Object.entries({ pebruari: 2, nopember: 11 })) ID_WORDS.monthFull.set(w, n);
for (const [w, n] of Object.entries({ peb: 2, agu: 8, ags: 8, agst: 8, agus: 8, sept: 9, nop: 11 }))
	ID_WORDS.monthAbbr.set(w, n);
for (const [w, n] of Object.entries({ "jum'at": 5, ahad: 0 })) ID_WORDS.wdFull.set(w, n);
ID_WORDS.monthAbbr.delete('mei'); // "Mei" is the full name
// Indonesian weekday abbreviations (Min, Sen, Sel, ...) are too ambiguous and rare in news: not used.

const EN_WORDS = localeTables(enUS);
EN_WORDS.monthAbbr.set('sept', 9);
EN_WORDS.monthAbbr.delete('may');
for (let i = 0; i < 7; i++) EN_WORDS.wdAbbr.set(enUS.localize.day(i as Day, { width: 'abbreviated' }).toLowerCase(), i);
for (const [w, n] of Object.entries({ tues: 2, thur: 4, thurs: 4 })) EN_WORDS.wdAbbr.set(w, n);

const WORDS: Record<Lang, WordTables> = { id: ID_WORDS, en: EN_WORDS };

/** Normalise a matched word for table look-up ("Jum’at." -> "jum'at"). */
const norm = (s: string): string => s.toLowerCase().replace(/[’`]/g, "'").replace(/\.$/, '').replace(/\s+/g, ' ');

/** Regex alternation of words, longest first; an apostrophe matches ' and ’. */
function alt(words: Iterable<string>): string {
	return [...new Set(words)]
		.sort((a, b) => b.length - a.length)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’`]").replace(/ /g, '\\s+'))
		.join('|');
}

const isUpper = (ch: string | undefined): boolean => !!ch && ch !== ch.toLowerCase();

// ---------------------------------------------------------------------------------------------
// Number words (counts in "dua hari lalu", "three months ago", durations)
// ---------------------------------------------------------------------------------------------

const ID_DIGITS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 };
const ID_NUM_SRC = `(?:\\d{1,3}(?:[.,]\\d+)?|(?:${alt(Object.keys(ID_DIGITS))})(?:\\s+(?:belas|puluh(?:\\s+(?:${alt(Object.keys(ID_DIGITS))}))?))?|sepuluh|sebelas|seratus)`;
function parseIdNumber(s: string): number | null {
	const w = norm(s);
	if (/^\d/.test(w)) return Number(w.replace(',', '.'));
	if (w === 'sepuluh') return 10;
	if (w === 'sebelas') return 11;
	if (w === 'seratus') return 100;
	const parts = w.split(' ');
	const first = ID_DIGITS[parts[0] ?? ''];
	if (first === undefined) return null;
	if (parts[1] === 'belas') return 10 + first;
	if (parts[1] === 'puluh') return first * 10 + (ID_DIGITS[parts[2] ?? ''] ?? 0);
	return first;
}

const EN_SMALL: Record<string, number> = {
	one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
	twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const EN_NUM_SRC = `(?:\\d{1,3}(?:\\.\\d+)?|(?:${alt(Object.keys(EN_TENS))})(?:-(?:${alt(Object.keys(EN_SMALL).slice(0, 9))}))?|${alt(Object.keys(EN_SMALL))}|a\\s+couple\\s+of|a|an)`;
function parseEnNumber(s: string): number | null {
	const w = norm(s);
	if (/^\d/.test(w)) return Number(w);
	if (w === 'a' || w === 'an') return 1;
	if (w.startsWith('a couple')) return 2;
	const [tens, unit] = w.split('-');
	if (tens && EN_TENS[tens] !== undefined) return EN_TENS[tens] + (unit ? (EN_SMALL[unit] ?? 0) : 0);
	return EN_SMALL[w] ?? null;
}

type Unit = 'day' | 'week' | 'month' | 'year';
function unitOf(word: string): Unit | null {
	const w = norm(word).replace(/s$/, '');
	if (w === 'hari' || w === 'day') return 'day';
	if (w === 'pekan' || w === 'minggu' || w === 'week') return 'week';
	if (w === 'bulan' || w === 'month') return 'month';
	if (w === 'tahun' || w === 'year') return 'year';
	return null;
}

// ---------------------------------------------------------------------------------------------
// Internal atom model
// ---------------------------------------------------------------------------------------------

type Mark = DateRelation;
type Part = 'early' | 'mid' | 'late';

/** The calendar extent named by a (possibly year-less) absolute phrase. */
type Shape =
	| { s: 'day'; m: number; d: number }
	| { s: 'days'; m: number; d1: number; d2: number } // "1-3 Agustus"
	| { s: 'month'; m: number }
	| { s: 'mpart'; m: number; part: Part } // "awal Agustus": 1-10, "pertengahan": 11-20, "akhir": 21-end
	| { s: 'months'; m1: number; m2: number } // quarter, half, "awal 2019", "Januari-Maret"; m1 > m2 spans New Year
	| { s: 'year' };

/** Absolute or partial calendar phrase. y: stated year; yRel: year relative to the reference. */
interface CalVal {
	t: 'cal';
	shape: Shape;
	y?: number;
	yRel?: number;
	/** stated weekday (0 = Sunday), only with shape 'day' */
	wd?: number;
}
/** Relative phrase: computed from the reference day. vague -> kind 'before'. */
interface RelVal {
	t: 'rel';
	f: (ref: Date) => Span;
	vague?: boolean;
	/** "hari ini", "kemarin", ...: may be merged with a following "(4/8)" */
	dayWord?: boolean;
}
/** A weekday used on its own as a date ("pada Selasa", "last Tuesday"). */
interface WdVal {
	t: 'wd';
	wd: number;
	mode: 'plain' | 'past' | 'future' | 'present';
	/** "Kamis pekan lalu", "Tuesday last week": that weekday in the ISO week `week` weeks away (mode 'present') */
	week?: number;
}
type Val = CalVal | RelVal | WdVal;

interface Atom {
	start: number;
	end: number;
	val: Val;
	mark?: Mark;
	kind?: 'range' | 'since' | 'until';
	/** right-hand side of a range */
	right?: Atom;
	/** only a date when a weekday is attached ("Selasa, 1/8"; a bare "1/8" is too often a fraction) */
	needsWeekday?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Shared regex pieces
// ---------------------------------------------------------------------------------------------

const YEAR_SRC = '(1[5-9]\\d\\d|20\\d\\d|2100)(?![\\d])';
/** a year-like number followed by a unit is a quantity, not a year ("2017 unit", "2019 persen") */
const NOT_QUANTITY =
	'(?!\\s*%)(?![.,]\\d)(?!\\s*(?:persen|percent|unit|units|orang|jiwa|kali|juta|miliar|triliun|ribu|million|billion|thousand|users?|people|pengguna|buah|km|kg|mw|mhz|ghz|mb|gb|tb|meter|ton|hektare|ha|dolar|dollars?|rupiah)\\b)';
const ORD = '(?:st|nd|rd|th)';

/** Prefix words that turn a date into an open interval (also a trigger for bare months/years). */
const SINCE_END_RE = /(?:^|[^\p{L}])(sejak|semenjak|since)\s+$/iu;
const UNTIL_END_RE = /(?:^|[^\p{L}])(hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s\/d|until|till|through|by)\s+$/iu;
const FROM_END_RE = /(?:^|[^\p{L}])(dari|sejak|semenjak|antara|from|between)\s+$/iu;
const TRIGGER_END_RE =
	/(?:^|[^\p{L}])(sejak|semenjak|hingga|sampai(?:\s+dengan)?|dari|s\.?\s?d\.?|s\/d|since|until|till|through|by|from|between|antara)\s+$/iu;
const RANGE_SEP_RE = /^\s*(?:[-–—]|hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s\/d|to|through|thru|until|till)\s*$/i;
const BEFORE_WINDOW = 40;

const before = (text: string, pos: number): string => text.slice(Math.max(0, pos - BEFORE_WINDOW), pos);
/**
 * Start of a prefix found by an end-anchored regex of the form /(?:^|[^\p{L}])(word)\s+$/ run on
 * before(text, pos): the match may begin with one non-letter that is not part of the prefix.
 */
const prefixStart = (pos: number, m: RegExpExecArray): number =>
	pos - m[0].length + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0);

// Markers after an absolute phrase: "Mei lalu", "1 Agustus mendatang", "Mei tahun lalu", "May last year".
const POST_MARK_ID_RE =
	/\s+(?:(tahun\s+(?:ini|lalu|kemarin|yang\s+lalu|depan|mendatang))|(yang\s+lalu|lalu|kemarin|silam|mendatang|depan|nanti|ini))(?![\p{L}])/iuy;
const POST_MARK_EN_RE = /,?\s+(?:of\s+)?((?:this|last|next)\s+year)\b/iy;
const PRE_MARK_EN_RE = /(?:^|[^\p{L}])(last|next|this(?:\s+coming)?|coming)\s+$/iu;

function markOf(word: string): Mark | null {
	const w = norm(word);
	if (/^(lalu|yang lalu|kemarin|silam|last|past|previous)$/.test(w)) return 'past';
	if (/^(depan|mendatang|nanti|next|coming|this coming|besok)$/.test(w)) return 'future';
	if (/^(ini|this)$/.test(w)) return 'present';
	return null;
}
function yRelOf(phrase: string): number {
	const w = norm(phrase);
	if (/(lalu|kemarin|last)/.test(w)) return -1;
	if (/(depan|mendatang|next)/.test(w)) return 1;
	return 0;
}

/**
 * Absorb a marker after a calendar phrase (and "last"/"next"/"this" before one in English):
 * sets mark / yRel and extends the atom.
 */
function withMarkers(text: string, lang: Lang, atom: Atom & { val: CalVal }): Atom {
	const v = atom.val;
	if (lang === 'id') {
		POST_MARK_ID_RE.lastIndex = atom.end;
		const m = POST_MARK_ID_RE.exec(text);
		if (m) {
			if (m[1]) {
				if (v.y === undefined && v.shape.s !== 'year') {
					v.yRel = yRelOf(m[1]);
					atom.mark = v.yRel < 0 ? 'past' : v.yRel > 0 ? 'future' : 'present';
					atom.end = POST_MARK_ID_RE.lastIndex;
				}
			} else if (m[2]) {
				atom.mark = markOf(m[2]) ?? undefined;
				atom.end = POST_MARK_ID_RE.lastIndex;
			}
		}
	} else {
		if (v.y === undefined && v.shape.s !== 'year') {
			POST_MARK_EN_RE.lastIndex = atom.end;
			const m = POST_MARK_EN_RE.exec(text);
			if (m && m[1]) {
				v.yRel = yRelOf(m[1]);
				atom.mark = v.yRel < 0 ? 'past' : v.yRel > 0 ? 'future' : 'present';
				atom.end = POST_MARK_EN_RE.lastIndex;
			}
		}
		if (atom.mark === undefined && v.y === undefined && v.yRel === undefined) {
			const p = PRE_MARK_EN_RE.exec(before(text, atom.start));
			if (p && p[1]) {
				atom.mark = markOf(p[1]) ?? undefined;
				atom.start = prefixStart(atom.start, p);
			}
		}
	}
	return atom;
}

// ---------------------------------------------------------------------------------------------
// Phrase families
//
// Two kinds, so that a text is scanned only a handful of times (a regex per family over the whole
// text costs ~50 ms per 10,000 articles; there are over twenty families):
//  - ScanFamily: led by digits ("1 Agustus 2017", "(1/8)", "2019"); found with a global regex.
//  - KeywordFamily: led by a word (a month, "kuartal", "kemarin", "bulan", a weekday...). ONE lexer
//    pass finds every keyword of the language; each family headed by that keyword then runs a
//    sticky regex anchored at it and, for words that may come before it ("pada", "sejak", "awal",
//    "dua", "last"), an end-anchored regex on the few characters before it.
// ---------------------------------------------------------------------------------------------

interface Tok {
	start: number;
	end: number;
	word: string;
	/** normalised word (table key) */
	key: string;
}
interface ScanFamily {
	re: RegExp;
	on: (m: RegExpExecArray, text: string) => Atom | null;
}
interface KeywordFamily {
	heads: Iterable<string>;
	at: (text: string, tok: Tok) => Atom | null;
}

/** Run a sticky (/y) regex at pos. */
function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
	re.lastIndex = pos;
	return re.exec(text);
}
/** Run an end-anchored regex on the characters just before pos. */
const lookBack = (re: RegExp, text: string, pos: number): RegExpExecArray | null => re.exec(before(text, pos));

function validDM(d: number, m: number, y?: number): boolean {
	if (m < 1 || m > 12 || d < 1) return false;
	return y === undefined ? d <= daysInMonthAnyYear(m) : mkDay(y, m, d) !== null;
}
function twoDigitYear(s: string): number {
	const n = Number(s);
	return s.length === 4 ? n : n <= 49 ? 2000 + n : 1900 + n;
}
const PART_WORDS: Record<string, Part> = {
	awal: 'early', permulaan: 'early', early: 'early', beginning: 'early', start: 'early',
	pertengahan: 'mid', medio: 'mid', tengah: 'mid', mid: 'mid', middle: 'mid',
	akhir: 'late', penghujung: 'late', ujung: 'late', late: 'late', end: 'late'
};
/** "awal 2019" / "early 2019": Jan-Apr; "pertengahan" / "mid": May-Aug; "akhir" / "late": Sep-Dec. */
const YEAR_PART_MONTHS: Record<Part, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };
const partOf = (word: string): Part => PART_WORDS[norm(word)] ?? 'early';

const ID_PART_SRC = 'awal|permulaan|pertengahan|medio|tengah|akhir|penghujung|ujung';
const EN_PART_SRC = '(?:(early|mid|late)(?:-|\\s+)|(?:the\\s+)?(beginning|start|middle|end)\\s+of\\s+)';
const YEAR_SCAN_SRC = `(?<![\\w.,])${YEAR_SRC}`;

interface FamilySet {
	scans: ScanFamily[];
	keywords: KeywordFamily[];
}

/** Absolute and partial calendar phrases of one language. Built once per language at module load. */
function absoluteFamilies(lang: Lang): FamilySet {
	const W = WORDS[lang];
	const MON_WORDS = [...W.monthFull.keys(), ...W.monthAbbr.keys()];
	const MONF = alt(W.monthFull.keys());
	/** Any month word; only an abbreviation takes a dot ("Aug.", "Ags."), not "Agustus." at a sentence end. */
	const MON = `(?:${MONF})\\b|(?:${alt(W.monthAbbr.keys())})\\b\\.?`;
	const monthOf = (s: string): number => W.monthFull.get(norm(s)) ?? W.monthAbbr.get(norm(s)) ?? 0;
	/** Abbreviations and English months must be capitalised ("may" is a verb, "mar" a word). */
	const monthOk = (s: string): boolean => (lang === 'en' || !W.monthFull.has(norm(s)) ? isUpper(s[0]) : true);
	const cal = (start: number, end: number, val: CalVal, extra?: Partial<Atom>): Atom => ({ start, end, val, ...extra });
	const finish = (text: string, a: Atom): Atom => withMarkers(text, lang, a as Atom & { val: CalVal });
	const scans: ScanFamily[] = [];
	const keywords: KeywordFamily[] = [];
	const DAY_RANGE_SEP = lang === 'id' ? '[-–—]|s\\.?\\s?d\\.?|s\\/d|hingga|sampai(?:\\s+dengan)?|dan' : '[-–—]|to|through|and';
	const MONTH_RANGE_SEP = lang === 'id' ? '[-–—]|hingga|sampai(?:\\s+dengan)?|s\\.?\\s?d\\.?|s\\/d' : '[-–—]|to|through';

	// ISO 8601 "2017-08-01" (also the date part of "2017-08-01T10:15").
	scans.push({
		re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
		on: (m) => {
			const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
			if (!validDM(d, mo, y)) return null;
			return cal(m.index, m.index + m[0].length, { t: 'cal', shape: { s: 'day', m: mo, d }, y });
		}
	});

	// Numeric day/month/year: Indonesian D/M/Y, English M/D/Y ("1/8/2017", "01-08-2017", "8/1/17").
	scans.push({
		re: /(?<![\d/.,-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|[.,]\d)/g,
		on: (m, text) => {
			if (m[2] === '-' && m[4]!.length === 2) return null; // "01-08-17" is more often a code
			const a = Number(m[1]), b = Number(m[3]), y = twoDigitYear(m[4]!);
			let [d, mo] = lang === 'id' ? [a, b] : [b, a];
			if (!validDM(d, mo, y)) [d, mo] = [mo, d]; // "25/12/2017" in an English text
			if (!validDM(d, mo, y)) return null;
			return finish(text, cal(m.index, m.index + m[0].length, { t: 'cal', shape: { s: 'day', m: mo, d }, y }));
		}
	});

	if (lang === 'id') {
		// "(1/8)" / "(1/8/2017)": the Indonesian news convention after a weekday. Without a year it
		// is a date only in date-like positions (after a weekday, "kemarin", at the start of a
		// sentence or after a comma) and never when it reads as a fraction ("(1/3) dari ...").
		scans.push({
			re: /\((\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\)/g,
			on: (m, text) => {
				const d = Number(m[1]), mo = Number(m[2]);
				const y = m[3] ? twoDigitYear(m[3]) : undefined;
				if (!validDM(d, mo, y)) return null;
				const end = m.index + m[0].length;
				if (/^\s*(?:dari|bagian|persen|%|porsi|saham|poin|kali)\b/i.test(text.slice(end, end + 12))) return null;
				const prev = before(text, m.index);
				const standalone =
					y !== undefined ||
					/(?:^|[.!?:;\n]|,)\s*$/.test(prev) ||
					/(?:hari\s+ini|kemarin|besok|lusa|pagi|siang|sore|malam|tadi)\s*,?\s*$/i.test(prev);
				return finish(text, cal(m.index, end, { t: 'cal', shape: { s: 'day', m: mo, d }, y }, { needsWeekday: !standalone }));
			}
		});
		// Bare "1/8" only right after a weekday ("Selasa, 1/8").
		scans.push({
			re: /(?<![\d/.,(])(\d{1,2})\/(\d{1,2})(?![\d/)]|[.,]\d)/g,
			on: (m, text) => {
				const d = Number(m[1]), mo = Number(m[2]);
				const end = m.index + m[0].length;
				if (!validDM(d, mo) || /^\s*(?:dari|bagian|persen|%)/i.test(text.slice(end, end + 10))) return null;
				return cal(m.index, end, { t: 'cal', shape: { s: 'day', m: mo, d } }, { needsWeekday: true });
			}
		});
	}

	// "1 Agustus 2017", "05 Ags 2017", "1 August 2017", "1st of August", "31 Juli".
	scans.push({
		re: new RegExp(`(?<![\\d.,:/])(\\d{1,2})${ORD}?(?:\\s+|-)(?:of\\s+)?(${MON})(?:(?:\\s+|-|,\\s*)${YEAR_SRC})?`, 'gi'),
		on: (m, text) => {
			const d = Number(m[1]), mo = monthOf(m[2]!);
			const y = m[3] ? Number(m[3]) : undefined;
			if (!monthOk(m[2]!) || !validDM(d, mo, y)) return null;
			return finish(text, cal(m.index, m.index + m[0].length, { t: 'cal', shape: { s: 'day', m: mo, d }, y }));
		}
	});

	// Day ranges inside one month: "1-3 Agustus 2017", "1 hingga 3 Agustus", "1-3 August 2017".
	scans.push({
		re: new RegExp(
			`(?<![\\d.,:/])(\\d{1,2})${ORD}?\\s*(?:${DAY_RANGE_SEP})\\s*(\\d{1,2})${ORD}?(?:\\s+|-)(?:of\\s+)?(${MON})(?:(?:\\s+|,\\s*)${YEAR_SRC})?`,
			'gi'
		),
		on: (m, text) => {
			const d1 = Number(m[1]), d2 = Number(m[2]), mo = monthOf(m[3]!);
			const y = m[4] ? Number(m[4]) : undefined;
			if (!monthOk(m[3]!) || d1 >= d2 || !validDM(d1, mo, y) || !validDM(d2, mo, y)) return null;
			const shape: Shape = { s: 'days', m: mo, d1, d2 };
			return finish(text, cal(m.index, m.index + m[0].length, { t: 'cal', shape, y }, { kind: 'range' }));
		}
	});

	// "Q1 2019", "Q3-2018", "H1 2019".
	scans.push({
		re: /\b(?:Q([1-4])|H([12]))(?:\s+|[-/]|\s*')(?:of\s+|tahun\s+)?(1[5-9]\d\d|20\d\d)(?!\d)/g,
		on: (m) => {
			const y = Number(m[3]);
			const [m1, m2] = m[1] ? [Number(m[1]) * 3 - 2, Number(m[1]) * 3] : [Number(m[2]) * 6 - 5, Number(m[2]) * 6];
			return cal(m.index, m.index + m[0].length, { t: 'cal', shape: { s: 'months', m1, m2 }, y });
		}
	});

	// A year on its own, only after a trigger: "tahun 2017", "pada 2017", "sejak 1949", "in 2019",
	// "tahun 2017-2019" (a bare four-digit number is too often a quantity or a model number); and
	// parts of a year: "awal 2019", "akhir tahun 2017", "mid-2019", "the end of 2019".
	const YEAR_PRE_RE =
		lang === 'id'
			? /(?:^|[^\p{L}])(?:(pada|selama|periode)\s+)?(?:(tahun)\s+)?$/iu
			: /(?:^|[^\p{L}])(?:(in|during|throughout|period)\s+)?(?:(the\s+year)\s+)?$/iu;
	const YEAR_PART_PRE_RE = new RegExp(
		lang === 'id' ? `(?:^|[^\\p{L}])(${ID_PART_SRC})\\s+(?:tahun\\s+)?$` : `(?:^|[^\\p{L}])${EN_PART_SRC}$`,
		'iu'
	);
	const YEAR_AFTER_RE = new RegExp(`(?:\\s*(${MONTH_RANGE_SEP}|and|dan)\\s*${YEAR_SRC})?${NOT_QUANTITY}`, 'iy');
	const BETWEEN_RE = /(?:^|[^\p{L}])(?:between|antara)\s+$/iu;
	scans.push({
		re: new RegExp(YEAR_SCAN_SRC, 'g'),
		on: (m, text) => {
			const pos = m.index;
			const y1 = Number(m[1]);
			let after = stickyAt(YEAR_AFTER_RE, text, pos + m[0].length);
			if (!after) return null; // "2017 unit", "2019 persen"
			// "2015 dan 2019" is a range only after "antara"/"between"
			if (after[1] && /^(and|dan)$/i.test(after[1]) && !BETWEEN_RE.test(before(text, pos))) after = null;
			const part = lookBack(YEAR_PART_PRE_RE, text, pos);
			if (part) {
				const [m1, m2] = YEAR_PART_MONTHS[partOf((part[1] ?? part[2])!)];
				const end = pos + m[0].length;
				return finish(text, cal(prefixStart(pos, part), end, { t: 'cal', shape: { s: 'months', m1, m2 }, y: y1 }));
			}
			const pre = lookBack(YEAR_PRE_RE, text, pos);
			const triggered = !!(pre && (pre[1] || pre[2])) || TRIGGER_END_RE.test(before(text, pos));
			if (!triggered) return null;
			const start = pre && (pre[1] || pre[2]) ? prefixStart(pos, pre) : pos;
			const end = pos + m[0].length + (after ? after[0].length : 0);
			const a = finish(text, cal(start, end, { t: 'cal', shape: { s: 'year' }, y: y1 }));
			if (after?.[2]) {
				const y2 = Number(after[2]);
				if (y2 <= y1) return null;
				a.kind = 'range';
				a.right = { start: a.end, end: a.end, val: { t: 'cal', shape: { s: 'year' }, y: y2 } };
			}
			return a;
		}
	});

	// Month + year: "Agustus 2017", "bulan Agustus tahun 2017", "Aug. 2017", "May of 2019".
	const MONTH_YEAR_RE = new RegExp(
		lang === 'id'
			? `(${MON})(?:\\s+|-|,\\s*)(?:tahun\\s+)?${YEAR_SRC}`
			: `(${MON})(?:\\s+of\\s+|,\\s*|\\s+|-)${YEAR_SRC}`,
		'iy'
	);
	const BULAN_PRE_RE = /(?:^|[^\p{L}])bulan\s+$/iu;
	keywords.push({
		heads: MON_WORDS,
		at: (text, tok) => {
			const m = stickyAt(MONTH_YEAR_RE, text, tok.start);
			if (!m || !monthOk(m[1]!)) return null;
			const pre = lang === 'id' ? lookBack(BULAN_PRE_RE, text, tok.start) : null;
			const start = pre ? prefixStart(tok.start, pre) : tok.start;
			return finish(text, cal(start, tok.start + m[0].length, { t: 'cal', shape: { s: 'month', m: monthOf(m[1]!) }, y: Number(m[2]) }));
		}
	});

	if (lang === 'en') {
		// "August 1, 2017", "Aug. 1", "Aug 1st 2017".
		const MONTH_DAY_RE = new RegExp(`(${MON})\\s+(\\d{1,2})${ORD}?(?![\\d:]|[.,]\\d)(?:,?\\s+${YEAR_SRC})?`, 'iy');
		keywords.push({
			heads: MON_WORDS,
			at: (text, tok) => {
				const m = stickyAt(MONTH_DAY_RE, text, tok.start);
				if (!m || !monthOk(m[1]!)) return null;
				const mo = monthOf(m[1]!), d = Number(m[2]);
				const y = m[3] ? Number(m[3]) : undefined;
				if (!validDM(d, mo, y)) return null;
				return finish(text, cal(tok.start, tok.start + m[0].length, { t: 'cal', shape: { s: 'day', m: mo, d }, y }));
			}
		});
		// "Aug. 1-3, 2017", "August 1 to 3".
		const MONTH_DAYS_RE = new RegExp(
			`(${MON})\\s+(\\d{1,2})${ORD}?\\s*(?:[-–—]|to|through)\\s*(\\d{1,2})${ORD}?(?![\\d:])(?:,?\\s+${YEAR_SRC})?`,
			'iy'
		);
		keywords.push({
			heads: MON_WORDS,
			at: (text, tok) => {
				const m = stickyAt(MONTH_DAYS_RE, text, tok.start);
				if (!m || !monthOk(m[1]!)) return null;
				const mo = monthOf(m[1]!), d1 = Number(m[2]), d2 = Number(m[3]);
				const y = m[4] ? Number(m[4]) : undefined;
				if (d1 >= d2 || !validDM(d1, mo, y) || !validDM(d2, mo, y)) return null;
				const shape: Shape = { s: 'days', m: mo, d1, d2 };
				return finish(text, cal(tok.start, tok.start + m[0].length, { t: 'cal', shape, y }, { kind: 'range' }));
			}
		});
	}

	// Month ranges: "Januari-Maret 2019", "Mei hingga Agustus", "January to March 2019".
	const MONTH_RANGE_RE = new RegExp(
		`(${MONF})\\s*(?:${MONTH_RANGE_SEP})\\s*(${MONF})\\b(?:,?\\s+(?:tahun\\s+)?${YEAR_SRC})?`,
		'iy'
	);
	keywords.push({
		heads: W.monthFull.keys(),
		at: (text, tok) => {
			const m = stickyAt(MONTH_RANGE_RE, text, tok.start);
			if (!m || !monthOk(m[1]!) || !monthOk(m[2]!)) return null;
			const m1 = monthOf(m[1]!), m2 = monthOf(m[2]!);
			if (m1 === m2) return null;
			const y = m[3] ? Number(m[3]) : undefined;
			return finish(text, cal(tok.start, tok.start + m[0].length, { t: 'cal', shape: { s: 'months', m1, m2 }, y }, { kind: 'range' }));
		}
	});

	// A month on its own, only in a date-like context: "bulan Mei", "pada Mei", "Mei lalu",
	// "sejak Agustus", "hingga Mei", "in May", "last May", "next August".
	const BARE_MONTH_PRE_RE =
		lang === 'id'
			? /(?:^|[^\p{L}])(?:(pada|selama)\s+)?(?:(bulan)\s+)?$/iu
			: /(?:^|[^\p{L}])(?:(in|during|throughout)\s+)?(?:(last|next|this\s+coming|this|coming)\s+)?$/iu;
	const BARE_MONTH_AFTER_RE = /(?:\s*[-–—]?\s*\d|\s+\p{Lu}|['’]s\b)/uy;
	keywords.push({
		heads: W.monthFull.keys(),
		at: (text, tok) => {
			const word = tok.word;
			// "Mei 2017" / "August 1" belong to other families; "Mei Ling" and "May's" are not dates.
			if (stickyAt(BARE_MONTH_AFTER_RE, text, tok.end)) return null;
			const pre = lookBack(BARE_MONTH_PRE_RE, text, tok.start);
			const g1 = pre?.[1], g2 = pre?.[2];
			if (lang === 'id' ? !(g2 || isUpper(word[0])) : !isUpper(word[0])) return null;
			const start = g1 || g2 ? prefixStart(tok.start, pre!) : tok.start;
			const a = cal(start, tok.end, { t: 'cal', shape: { s: 'month', m: monthOf(word) } });
			if (lang === 'en' && g2) a.mark = markOf(g2) ?? undefined;
			const triggered = !!(g1 || g2) || TRIGGER_END_RE.test(before(text, tok.start));
			finish(text, a);
			if (!triggered && a.mark === undefined && a.end === tok.end) return null;
			return a;
		}
	});

	// Parts of a month: "awal Agustus 2017", "pertengahan bulan Agustus", "akhir Agustus",
	// "early August 2017", "mid-August", "late August", "the end of August".
	const MONTH_PART_PRE_RE = new RegExp(
		lang === 'id' ? `(?:^|[^\\p{L}])(${ID_PART_SRC})\\s+(?:bulan\\s+)?$` : `(?:^|[^\\p{L}])${EN_PART_SRC}$`,
		'iu'
	);
	const MONTH_PART_RE = new RegExp(
		lang === 'id' ? `(${MONF})\\b(?:\\s+(?:tahun\\s+)?${YEAR_SRC})?` : `(${MONF})\\b(?:,?\\s+${YEAR_SRC})?`,
		'iy'
	);
	keywords.push({
		heads: W.monthFull.keys(),
		at: (text, tok) => {
			if (lang === 'en' && !isUpper(tok.word[0])) return null;
			const pre = lookBack(MONTH_PART_PRE_RE, text, tok.start);
			if (!pre) return null;
			const m = stickyAt(MONTH_PART_RE, text, tok.start)!;
			const shape: Shape = { s: 'mpart', m: monthOf(m[1]!), part: partOf((pre[1] ?? pre[2])!) };
			const y = m[2] ? Number(m[2]) : undefined;
			return finish(text, cal(prefixStart(tok.start, pre), tok.start + m[0].length, { t: 'cal', shape, y }));
		}
	});

	// Quarters and halves: "kuartal pertama 2019", "kuartal I/2019", "triwulan III", "semester kedua
	// 2018", "first quarter of 2019", "the second half of 2018".
	const QUARTER_ORD: Record<string, number> = {
		pertama: 1, i: 1, '1': 1, first: 1, '1st': 1,
		kedua: 2, ii: 2, '2': 2, second: 2, '2nd': 2,
		ketiga: 3, iii: 3, '3': 3, third: 3, '3rd': 3,
		keempat: 4, iv: 4, '4': 4, fourth: 4, '4th': 4, terakhir: 4, last: 4, final: 4
	};
	const QUARTER_HEADS =
		lang === 'id'
			? ['kuartal', 'kwartal', 'triwulan', 'semester', 'paruh']
			: ['first', 'second', 'third', 'fourth', 'final', 'last', '1st', '2nd', '3rd', '4th'];
	const QUARTER_RE = new RegExp(
		lang === 'id'
			? `(kuartal|kwartal|triwulan|semester|paruh)\\s+(pertama|kedua|ketiga|keempat|terakhir|IV|III|II|I|[1-4])\\b(?:\\s*(?:[-/]\\s*|\\s)(?:tahun\\s+)?${YEAR_SRC})?`
			: `(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+(quarter|half)\\b(?:,?\\s+(?:of\\s+)?${YEAR_SRC})?`,
		'iy'
	);
	const THE_PRE_RE = /(?:^|[^\p{L}])the\s+$/iu;
	keywords.push({
		heads: QUARTER_HEADS,
		at: (text, tok) => {
			const m = stickyAt(QUARTER_RE, text, tok.start);
			if (!m) return null;
			const unit = norm(lang === 'id' ? m[1]! : m[2]!);
			const ordWord = norm(lang === 'id' ? m[2]! : m[1]!);
			const n = QUARTER_ORD[ordWord];
			if (n === undefined) return null;
			// "kuartal terakhir" / "last quarter" without a year means "the most recent quarter".
			if (!m[3] && /^(terakhir|last|final)$/.test(ordWord)) return null;
			const half = unit === 'semester' || unit === 'paruh' || unit === 'half';
			if (half && n > 2) return null;
			const [m1, m2] = half ? [n * 6 - 5, n * 6] : [n * 3 - 2, n * 3];
			const pre = lang === 'en' ? lookBack(THE_PRE_RE, text, tok.start) : null;
			const start = pre ? prefixStart(tok.start, pre) : tok.start;
			const a = cal(start, tok.start + m[0].length, { t: 'cal', shape: { s: 'months', m1, m2 }, y: m[3] ? Number(m[3]) : undefined });
			finish(text, a);
			// "the first half" without a year is too often about a match or a report: need a year basis.
			if (lang === 'en' && half && a.val.t === 'cal' && a.val.y === undefined && a.val.yRel === undefined) return null;
			return a;
		}
	});

	return { scans, keywords };
}

// ---------------------------------------------------------------------------------------------
// Relative phrases
// ---------------------------------------------------------------------------------------------

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
const FIXED_REL: Record<Lang, Map<string, RelEntry>> = {
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
function unitPoint(r: Date, unit: Unit, n: number): Span {
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
function shift(r: Date, unit: Unit, n: number): Date {
	return unit === 'day' ? addDays(r, n) : unit === 'week' ? addWeeks(r, n) : unit === 'month' ? addMonths(r, n) : addYears(r, n);
}
/** What "beberapa"/"a few"/"several" is taken to mean, per unit. */
const FEW: Record<Unit, number> = { day: 7, week: 6, month: 6, year: 5 };
/**
 * "beberapa hari lalu" (a few days ago): the window FEW[unit]..1 units before the reference, at the
 * precision of the unit (days for days and weeks, months, years).
 */
function fewAgo(r: Date, unit: Unit): Span {
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
function windowSpan(r: Date, unit: Unit, n: number, future: boolean): Span {
	return future ? spanDays(r, shift(r, unit, n)) : spanDays(shift(r, unit, -n), r);
}
const countOk = (n: number | null): n is number => n !== null && Number.isInteger(n) && n > 0 && n <= 100;

/** First and last day of the week (ISO), month or year containing dt. */
function unitBounds(dt: Date, unit: Unit): [Date, Date] {
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
function partOfUnit(dt: Date, unit: Unit, part: Part, lang: Lang): Span {
	if (unit === 'week') {
		const mon = startOfISOWeek(dt);
		const [a, b] = part === 'early' ? [0, 1] : part === 'mid' ? [2, 3] : lang === 'id' ? [5, 6] : [3, 6];
		return spanDays(addDays(mon, a), addDays(mon, b));
	}
	if (unit === 'month') return calSpan({ s: 'mpart', m: getMonth(dt) + 1, part }, getYear(dt));
	const [m1, m2] = YEAR_PART_MONTHS[part];
	return calSpan({ s: 'months', m1, m2 }, getYear(dt));
}

/** Relative phrases of one language. Built once per language at module load. */
function relativeFamilies(lang: Lang): FamilySet {
	const keywords: KeywordFamily[] = [];
	const rel = (start: number, end: number, val: RelVal, mark?: Mark): Atom => ({ start, end, val, mark });
	const relMark = (n: number): Mark => (n < 0 ? 'past' : n > 0 ? 'future' : 'present');

	// Fixed phrases ("hari ini", "pekan lalu", "last month", "recently"), headed by their first word.
	const table = FIXED_REL[lang];
	const FIXED_RE = new RegExp(`(?:${alt(table.keys())})\\b(?!-)`, 'iy');
	keywords.push({
		heads: [...table.keys()].map((k) => k.split(' ')[0]!),
		at: (text, tok) => {
			const m = stickyAt(FIXED_RE, text, tok.start);
			const e = m && table.get(norm(m[0]));
			if (!m || !e) return null;
			// "USA Today", "Russia Today": a capitalised word glued before "Today" is a name.
			if (lang === 'en' && /^today$/i.test(m[0]) && /\p{Lu}\p{L}*\s+$/u.test(before(text, tok.start))) return null;
			return rel(tok.start, tok.start + m[0].length, { t: 'rel', f: e.f, vague: e.vague, dayWord: e.dayWord }, e.mark);
		}
	});

	if (lang === 'id') {
		const NUM_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}\\d.,])(${ID_NUM_SRC}|beberapa)\\s+$`, 'iu');
		const WINDOW_NUM_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}\\d.,])(?:(?:dalam|selama)\\s+)?(${ID_NUM_SRC}|beberapa)\\s+$`, 'iu');
		const DALAM_BEFORE_RE = /(?:^|[^\p{L}])(?:dalam|selama)\s+$/iu;
		const UNIT_RE =
			/(se)?(hari|pekan|minggu|bulan|tahun)\s+(yang\s+lalu|lalu|silam|lagi|terakhir|belakangan(?:\s+ini)?|ke\s+depan|mendatang)\b/iy;
		// "dua hari lalu", "3 hari yang lalu", "seminggu lalu", "sebulan lalu", "dua bulan lagi",
		// "beberapa hari lalu" (window), and windows ending at / starting from the reference:
		// "(dalam|selama) beberapa bulan terakhir", "tiga bulan terakhir", "tiga bulan ke depan".
		keywords.push({
			heads: ['hari', 'pekan', 'minggu', 'bulan', 'tahun', 'sehari', 'sepekan', 'seminggu', 'sebulan', 'setahun'],
			at: (text, tok) => {
				const m = stickyAt(UNIT_RE, text, tok.start);
				if (!m) return null;
				const se = !!m[1];
				const unit = unitOf(m[2]!)!;
				const marker = norm(m[3]!);
				const end = tok.start + m[0].length;
				const isWindow = /^(terakhir|belakangan)/.test(marker);
				const isFutureWindow = marker === 'ke depan' || marker === 'mendatang';
				if (isWindow || isFutureWindow) {
					const pre = se ? lookBack(DALAM_BEFORE_RE, text, tok.start) : lookBack(WINDOW_NUM_BEFORE_RE, text, tok.start);
					if (!se && !pre) return null;
					const few = !se && norm(pre![1]!) === 'beberapa';
					const n = se ? 1 : few ? FEW[unit] : parseIdNumber(pre![1]!);
					if (!countOk(n)) return null;
					const start = pre ? prefixStart(tok.start, pre) : tok.start;
					return rel(start, end, { t: 'rel', f: (r) => windowSpan(r, unit, n, isFutureWindow) }, isFutureWindow ? 'future' : 'past');
				}
				const future = marker === 'lagi';
				if (se && unit === 'week' && norm(m[2]!) === 'pekan' && !future) return null; // "sepekan lalu": last week (fixed table)
				const pre = se ? null : lookBack(NUM_BEFORE_RE, text, tok.start);
				if (!se && !pre) return null;
				const few = !se && norm(pre![1]!) === 'beberapa';
				if (few && future) return null;
				const n = se ? 1 : few ? 1 : parseIdNumber(pre![1]!);
				if (!countOk(n)) return null;
				const f = few ? (r: Date) => fewAgo(r, unit) : (r: Date) => unitPoint(r, unit, future ? n : -n);
				return rel(pre ? prefixStart(tok.start, pre) : tok.start, end, { t: 'rel', f }, future ? 'future' : 'past');
			}
		});
		// Parts of relative units: "awal bulan ini" (1-10), "akhir pekan ini" (Sat-Sun), "akhir tahun lalu".
		const PARTREL_RE = /(pekan|minggu|bulan|tahun)\s+(ini|lalu|kemarin|yang\s+lalu|depan|mendatang)\b/iy;
		const PART_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(${ID_PART_SRC})\\s+$`, 'iu');
		keywords.push({
			heads: ['pekan', 'minggu', 'bulan', 'tahun'],
			at: (text, tok) => {
				const pre = lookBack(PART_BEFORE_RE, text, tok.start);
				const m = pre && stickyAt(PARTREL_RE, text, tok.start);
				if (!pre || !m) return null;
				const part = partOf(pre[1]!), unit = unitOf(m[1]!)!;
				const n = yRelOf(m[2]!);
				const f = (r: Date): Span => partOfUnit(shift(r, unit, n), unit, part, lang);
				return rel(prefixStart(tok.start, pre), tok.start + m[0].length, { t: 'rel', f }, relMark(n));
			}
		});
	} else {
		const UNIT_HEADS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'];
		// "two days ago", "a week ago", "a few months ago", "a couple of years ago".
		const AGO_RE = /(days?|weeks?|months?|years?)\s+ago\b/iy;
		const AGO_NUM_RE = new RegExp(`(?:^|[^\\p{L}\\d.])(${EN_NUM_SRC}|a\\s+few|few|several)\\s+$`, 'iu');
		keywords.push({
			heads: UNIT_HEADS,
			at: (text, tok) => {
				const m = stickyAt(AGO_RE, text, tok.start);
				const pre = m && lookBack(AGO_NUM_RE, text, tok.start);
				if (!m || !pre) return null;
				const unit = unitOf(m[1]!)!;
				const few = /few|several/i.test(pre[1]!);
				const n = few ? 1 : parseEnNumber(pre[1]!);
				if (!countOk(n)) return null;
				const f = few ? (r: Date) => fewAgo(r, unit) : (r: Date) => unitPoint(r, unit, -n);
				return rel(prefixStart(tok.start, pre), tok.start + m[0].length, { t: 'rel', f }, 'past');
			}
		});
		// Windows: "in the past three months", "over the last few weeks", "in recent months",
		// "in the next two years".
		const WINDOW_PRE_RE = new RegExp(
			`(?:^|[^\\p{L}])(?:(?:in|over|during|for|within)\\s+the\\s+(past|last|previous|next|coming)\\s+(?:(${EN_NUM_SRC}|few|several|couple\\s+of)\\s+)?|in\\s+recent\\s+)$`,
			'iu'
		);
		const UNIT_WORD_RE = /(days?|weeks?|months?|years?)\b/iy;
		keywords.push({
			heads: UNIT_HEADS,
			at: (text, tok) => {
				const pre = lookBack(WINDOW_PRE_RE, text, tok.start);
				const m = pre && stickyAt(UNIT_WORD_RE, text, tok.start);
				if (!pre || !m) return null;
				const unit = unitOf(m[1]!)!;
				const q = pre[2];
				const plural = /s$/i.test(m[1]!);
				const n = !q ? (plural ? FEW[unit] : 1) : /few|several/i.test(q) ? FEW[unit] : /couple/i.test(q) ? 2 : parseEnNumber(q);
				if (!countOk(n)) return null;
				const future = !!pre[1] && /next|coming/i.test(pre[1]);
				return rel(prefixStart(tok.start, pre), tok.start + m[0].length, { t: 'rel', f: (r) => windowSpan(r, unit, n, future) }, future ? 'future' : 'past');
			}
		});
		// Parts of relative units: "early next year", "late last week", "the end of this month".
		const PARTREL_PRE_RE =
			/(?:^|[^\p{L}])(?:(early|mid|late)(?:-|\s+)|the\s+(beginning|start|middle|end)\s+of\s+)(this|last|next|the)\s+$/iu;
		const UNIT_SINGULAR_RE = /(week|month|year)\b/iy;
		// "earlier this month" = first of the month .. reference; "later this year" = reference .. 31 Dec.
		const EARLIER_PRE_RE = /(?:^|[^\p{L}])(earlier|later)\s+(?:this|in\s+the)\s+$/iu;
		keywords.push({
			heads: ['week', 'month', 'year'],
			at: (text, tok) => {
				const m = stickyAt(UNIT_SINGULAR_RE, text, tok.start);
				if (!m) return null;
				const unit = unitOf(m[1]!)!;
				const end = tok.start + m[0].length;
				const part = lookBack(PARTREL_PRE_RE, text, tok.start);
				if (part) {
					const n = yRelOf(part[3]!);
					const p = partOf((part[1] ?? part[2])!);
					return rel(prefixStart(tok.start, part), end, { t: 'rel', f: (r) => partOfUnit(shift(r, unit, n), unit, p, lang) }, relMark(n));
				}
				const el = lookBack(EARLIER_PRE_RE, text, tok.start);
				if (!el) return null;
				const earlier = /earlier/i.test(el[1]!);
				const f = (r: Date): Span => {
					const [a, b] = unitBounds(r, unit);
					return earlier ? spanDays(a, r) : spanDays(r, b);
				};
				return rel(prefixStart(tok.start, el), end, { t: 'rel', f }, earlier ? 'past' : 'future');
			}
		});
	}
	return { scans: [], keywords };
}

// ---------------------------------------------------------------------------------------------
// Weekdays
// ---------------------------------------------------------------------------------------------

interface WdToken {
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
function attachWeekdays(text: string, atoms: Atom[], tokens: WdToken[]): Set<number> {
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
function standaloneWeekdays(text: string, lang: Lang, tokens: WdToken[], used: Set<number>, atoms: Atom[]): void {
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
// Compiled per-language pattern sets (module load, once)
// ---------------------------------------------------------------------------------------------

interface LangPatterns {
	scans: ScanFamily[];
	/** one alternation of every keyword that heads a family, plus the weekday words */
	lexer: RegExp;
	byHead: Map<string, KeywordFamily[]>;
}

function compile(lang: Lang): LangPatterns {
	const abs = absoluteFamilies(lang);
	const relf = relativeFamilies(lang);
	const byHead = new Map<string, KeywordFamily[]>();
	for (const fam of [...abs.keywords, ...relf.keywords]) {
		for (const h of new Set([...fam.heads].map(norm))) {
			const list = byHead.get(h) ?? [];
			list.push(fam);
			byHead.set(h, list);
		}
	}
	const W = WORDS[lang];
	const words = [...byHead.keys(), ...W.wdFull.keys(), ...W.wdAbbr.keys()];
	return { scans: [...abs.scans, ...relf.scans], lexer: new RegExp(`\\b(?:${alt(words)})\\b`, 'gi'), byHead };
}

const PATTERNS: Record<Lang, LangPatterns> = { id: compile('id'), en: compile('en') };

// ---------------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------------

/** First and last day of a shape in year y, or null if it does not exist that year. */
function calBounds(shape: Shape, y: number): [Date, Date] | null {
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
function calSpan(shape: Shape, y: number | null): Span {
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

function weekdayCandidates(shape: Shape & { s: 'day' }, wd: number, range: [number, number]): string[] {
	const out: string[] = [];
	for (let y = range[0]; y <= range[1]; y++) {
		const d = mkDay(y, shape.m, shape.d);
		if (d && getDay(d) === wd) out.push(ymd(d));
	}
	return out;
}

const uncertain = (s: Span): Span => ({ lo: s.lo + '?', hi: s.hi + '?' });

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

function resolveWeekday(v: WdVal, ref: Date): Date {
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

function resolveAtom(a: Atom, ref: Date | null, range: [number, number]): Resolved {
	const v = a.val;
	if (v.t === 'cal') return resolveCal(v, a.mark, ref, range);
	if (!ref) return { span: null, basis: 'none' };
	if (v.t === 'rel') return { span: v.f(ref), basis: 'relative' };
	return { span: spanDay(resolveWeekday(v, ref)), basis: 'relative' };
}

/** Order of calendar position within a year, to decide whether a range crosses New Year. */
function calOrder(s: Shape): number {
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

function toMention(text: string, a: Atom, ref: Date | null, range: [number, number]): DateMention {
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

// ---------------------------------------------------------------------------------------------
// Orchestration
// ---------------------------------------------------------------------------------------------

/** Keep the longest atoms; drop any atom overlapping one already kept. Returned sorted by start. */
function selectLongest(atoms: Atom[]): Atom[] {
	const byLen = atoms.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: Atom[] = [];
	for (const a of byLen) {
		if (kept.every((k) => a.end <= k.start || a.start >= k.end)) kept.push(a);
	}
	return kept.sort((a, b) => a.start - b.start);
}

/** Merge neighbours: "kemarin (4/8)", ranges "X hingga Y", and since/until prefixes. */
function combine(text: string, atoms: Atom[]): Atom[] {
	// "kemarin (4/8)", "hari ini (9/8)": one mention; the explicit day wins, the word gives relation.
	let out: Atom[] = [];
	for (let i = 0; i < atoms.length; i++) {
		const a = atoms[i]!, b = atoms[i + 1];
		if (b && a.val.t === 'rel' && a.val.dayWord && b.val.t === 'cal' && b.val.shape.s === 'day' && /^\s*,?\s*$/.test(text.slice(a.end, b.start))) {
			out.push({ ...b, start: a.start, mark: a.mark });
			i++;
		} else out.push(a);
	}
	// Ranges: two date phrases joined by "-", "hingga", "sampai", "to", "until" ...
	const ranged: Atom[] = [];
	for (let i = 0; i < out.length; i++) {
		const a = out[i]!, b = out[i + 1];
		const rangeable = (x: Atom): boolean => !x.kind && !x.right && !(x.val.t === 'rel' && x.val.vague);
		let r: Atom | null = null;
		if (b && rangeable(a) && rangeable(b) && RANGE_SEP_RE.test(text.slice(a.end, b.start))) {
			r = { ...a, end: b.end, right: b, kind: 'range' };
			i++;
		} else if (a.kind === 'range') r = { ...a }; // "Mei hingga Agustus 2017", "1-3 Agustus", "2017-2019"
		if (!r) {
			ranged.push(a);
			continue;
		}
		// "sejak Mei hingga Agustus", "dari 1 hingga 3 Agustus", "from May to August": still a range.
		const prevEnd = ranged.length ? ranged[ranged.length - 1]!.end : 0;
		const pre = FROM_END_RE.exec(before(text, r.start));
		if (pre) {
			const s = prefixStart(r.start, pre);
			if (s >= prevEnd) r.start = s;
		}
		ranged.push(r);
	}
	out = ranged;
	// "sejak Agustus" -> since; "hingga Mei" -> until.
	for (let i = 0; i < out.length; i++) {
		const a = out[i]!;
		if (a.kind || (a.val.t === 'rel' && a.val.vague)) continue;
		const prev = before(text, a.start);
		const prevEnd = i > 0 ? out[i - 1]!.end : 0;
		const since = SINCE_END_RE.exec(prev);
		const until = since ? null : UNTIL_END_RE.exec(prev);
		const hit = since ?? until;
		if (!hit) continue;
		const s = prefixStart(a.start, hit);
		if (s < prevEnd) continue;
		out[i] = { ...a, start: s, kind: since ? 'since' : 'until' };
	}
	return out;
}

/**
 * Every date phrase in `text`, non-overlapping, sorted by start; the longest reading wins.
 * Relative phrases are resolved against `opts.reference` (null: edtf null, basis 'none').
 */
export function findDateMentions(text: string, opts: FindDatesOptions): DateMention[] {
	const lang = opts.lang;
	const P = PATTERNS[lang];
	const W = WORDS[lang];
	const ref = opts.reference ? parseDay(opts.reference.date) : null;
	const range = opts.yearRange ?? DEFAULT_YEAR_RANGE;
	const atoms: Atom[] = [];
	// 1. digit-led phrases
	for (const fam of P.scans) {
		const re = fam.re;
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = re.exec(text)) !== null) {
			const a = fam.on(m, text);
			if (a) atoms.push(a);
		}
	}
	// 2. keyword-led phrases and weekday words, from one lexer pass
	const wdTokens: WdToken[] = [];
	const lexer = P.lexer;
	lexer.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = lexer.exec(text)) !== null) {
		const tok: Tok = { start: m.index, end: m.index + m[0].length, word: m[0], key: norm(m[0]) };
		const fams = P.byHead.get(tok.key);
		if (fams) {
			for (const fam of fams) {
				const a = fam.at(text, tok);
				if (a) atoms.push(a);
			}
		}
		const full = W.wdFull.get(tok.key);
		const wd = full ?? W.wdAbbr.get(tok.key);
		// abbreviations ("Sun", "Sat", "Wed") only when capitalised
		if (wd !== undefined && (full !== undefined || isUpper(tok.word[0]))) {
			wdTokens.push({ start: tok.start, end: tok.end, wd, word: tok.word, full: full !== undefined });
		}
	}
	// 3. weekdays: attached to a following date, or standing alone in a date-like context
	atoms.sort((a, b) => a.start - b.start);
	const used = attachWeekdays(text, atoms, wdTokens);
	standaloneWeekdays(text, lang, wdTokens, used, atoms);
	// 4. longest wins, 5. combine neighbours, 6. resolve
	const kept = selectLongest(atoms.filter((a) => !a.needsWeekday));
	return combine(text, kept).map((a) => toMention(text, a, ref, range));
}

// ---------------------------------------------------------------------------------------------
// clipToReference
// ---------------------------------------------------------------------------------------------

const EDTF_PLAIN_RE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** First and last calendar day (YYYY-MM-DD) of a plain EDTF date of year, month or day precision. */
function plainBounds(s: string): [string, string] | null {
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

// ---------------------------------------------------------------------------------------------
// findPublicationDate
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// findDurations
// ---------------------------------------------------------------------------------------------

const DURATION_UNITS: Record<string, [designator: string, time: boolean]> = {
	detik: ['S', true], second: ['S', true],
	menit: ['M', true], minute: ['M', true],
	jam: ['H', true], hour: ['H', true],
	hari: ['D', false], day: ['D', false],
	pekan: ['W', false], minggu: ['W', false], week: ['W', false],
	bulan: ['M', false], month: ['M', false],
	tahun: ['Y', false], year: ['Y', false]
};
function isoDuration(n: number, unitWord: string): string | null {
	const u = DURATION_UNITS[norm(unitWord).replace(/s$/, '')];
	if (!u || !(n > 0)) return null;
	return `P${u[1] ? 'T' : ''}${n}${u[0]}`;
}

const ID_DURATION_RE = new RegExp(
	`\\b(selama|berlangsung(?:\\s+selama)?|berlaku(?:\\s+selama)?|dalam\\s+(?:jangka\\s+)?waktu|jangka\\s+waktu|kurun(?:\\s+waktu)?|masa|tenggat(?:\\s+waktu)?|dalam)\\s+(?:(${ID_NUM_SRC})\\s+|(se))(detik|menit|jam|hari|pekan|minggu|bulan|tahun)\\b(?!\\s+(?:yang\\s+)?(?:lalu|silam|lagi))`,
	'gi'
);
const EN_DURATION_RE = new RegExp(
	`\\b(for|lasting|last(?:ed|s)?|within|over)\\s+(?:the\\s+)?(?:(?:past|last|next|coming|further|another)\\s+)?(${EN_NUM_SRC})\\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b(?!\\s+ago)`,
	'gi'
);
const EN_DURATION_ADJ_RE = new RegExp(
	`\\b(${EN_NUM_SRC})-(second|minute|hour|day|week|month|year)(?:-long)?\\b(?!-)`,
	'gi'
);

/**
 * Durations: "selama tiga bulan", "(akan) berlangsung tiga bulan", "dalam waktu sepekan", "selama
 * 1,5 tahun", "for three months", "lasting two years", "a two-week probe", "a 90-day review".
 * The span starts at the trigger word ("berlangsung tiga bulan"); for the English adjective form it
 * is just "two-week". "dalam sepekan ini" (this week) and "N hari lalu" (ago) are not durations.
 */
export function findDurations(text: string, lang: Lang): DurationMention[] {
	const out: DurationMention[] = [];
	const push = (start: number, end: number, iso: string | null): void => {
		if (iso && out.every((o) => end <= o.start || start >= o.end)) out.push({ start, end, text: text.slice(start, end), iso });
	};
	if (lang === 'id') {
		ID_DURATION_RE.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = ID_DURATION_RE.exec(text)) !== null) {
			const end = m.index + m[0].length;
			if (/^dalam$/i.test(m[1]!) && /^\s+(?:ini|terakhir)\b/i.test(text.slice(end, end + 12))) continue;
			const n = m[3] ? 1 : parseIdNumber(m[2]!);
			push(m.index, end, n === null ? null : isoDuration(n, m[4]!));
		}
	} else {
		for (const re of [EN_DURATION_RE, EN_DURATION_ADJ_RE]) {
			re.lastIndex = 0;
			let m: RegExpExecArray | null;
			while ((m = re.exec(text)) !== null) {
				const numStr = re === EN_DURATION_RE ? m[2]! : m[1]!;
				const unit = re === EN_DURATION_RE ? m[3]! : m[2]!;
				const n = parseEnNumber(numStr);
				push(m.index, m.index + m[0].length, n === null ? null : isoDuration(n, unit));
			}
		}
		out.sort((a, b) => a.start - b.start);
	}
	return out;
}
