/**
 * Vocabulary: month and weekday names per language, part-of-period words ("awal", "mid", "akhir"),
 * number words and time units, and the helpers that normalise words and build regex alternations.
 */
import type { Day, Locale, Month } from 'date-fns';
import { enUS, id as idLocale } from 'date-fns/locale';
import type { Lang } from './types';
import type { Part } from './atoms';

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

export const ID_WORDS = localeTables(idLocale);
for (const [w, n] of Object.entries({ pebruari: 2, nopember: 11 })) ID_WORDS.monthFull.set(w, n);
for (const [w, n] of Object.entries({ peb: 2, agu: 8, ags: 8, agst: 8, agus: 8, sept: 9, nop: 11 }))
	ID_WORDS.monthAbbr.set(w, n);
for (const [w, n] of Object.entries({ "jum'at": 5, ahad: 0 })) ID_WORDS.wdFull.set(w, n);
ID_WORDS.monthAbbr.delete('mei'); // "Mei" is the full name
// Indonesian weekday abbreviations (Min, Sen, Sel, ...) are too ambiguous and rare in news: not used.

export const EN_WORDS = localeTables(enUS);
EN_WORDS.monthAbbr.set('sept', 9);
EN_WORDS.monthAbbr.delete('may');
for (let i = 0; i < 7; i++) EN_WORDS.wdAbbr.set(enUS.localize.day(i as Day, { width: 'abbreviated' }).toLowerCase(), i);
for (const [w, n] of Object.entries({ tues: 2, thur: 4, thurs: 4 })) EN_WORDS.wdAbbr.set(w, n);

export const WORDS: Record<Lang, WordTables> = { id: ID_WORDS, en: EN_WORDS };

/** Normalise a matched word for table look-up ("Jum’at." -> "jum'at"). */
export const norm = (s: string): string => s.toLowerCase().replace(/[’`]/g, "'").replace(/\.$/, '').replace(/\s+/g, ' ');

/** Regex alternation of words, longest first; an apostrophe matches ' and ’. */
export function alt(words: Iterable<string>): string {
	return [...new Set(words)]
		.sort((a, b) => b.length - a.length)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’`]").replace(/ /g, '\\s+'))
		.join('|');
}

export const isUpper = (ch: string | undefined): boolean => !!ch && ch !== ch.toLowerCase();

// ---------------------------------------------------------------------------------------------
// Number words (counts in "dua hari lalu", "three months ago", durations)
// ---------------------------------------------------------------------------------------------

const ID_DIGITS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 };
export const ID_NUM_SRC = `(?:\\d{1,3}(?:[.,]\\d+)?|(?:${alt(Object.keys(ID_DIGITS))})(?:\\s+(?:belas|puluh(?:\\s+(?:${alt(Object.keys(ID_DIGITS))}))?))?|sepuluh|sebelas|seratus)`;
export function parseIdNumber(s: string): number | null {
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
export const EN_NUM_SRC = `(?:\\d{1,3}(?:\\.\\d+)?|(?:${alt(Object.keys(EN_TENS))})(?:-(?:${alt(Object.keys(EN_SMALL).slice(0, 9))}))?|${alt(Object.keys(EN_SMALL))}|a\\s+couple\\s+of|a|an)`;
export function parseEnNumber(s: string): number | null {
	const w = norm(s);
	if (/^\d/.test(w)) return Number(w);
	if (w === 'a' || w === 'an') return 1;
	if (w.startsWith('a couple')) return 2;
	const [tens, unit] = w.split('-');
	if (tens && EN_TENS[tens] !== undefined) return EN_TENS[tens] + (unit ? (EN_SMALL[unit] ?? 0) : 0);
	return EN_SMALL[w] ?? null;
}

export type Unit = 'day' | 'week' | 'month' | 'year';
export function unitOf(word: string): Unit | null {
	const w = norm(word).replace(/s$/, '');
	if (w === 'hari' || w === 'day') return 'day';
	if (w === 'pekan' || w === 'minggu' || w === 'week') return 'week';
	if (w === 'bulan' || w === 'month') return 'month';
	if (w === 'tahun' || w === 'year') return 'year';
	return null;
}

// ---------------------------------------------------------------------------------------------
// Parts of a period ("awal 2019", "mid-August", "akhir tahun")
// ---------------------------------------------------------------------------------------------

const PART_WORDS: Record<string, Part> = {
	awal: 'early', permulaan: 'early', early: 'early', beginning: 'early', start: 'early',
	pertengahan: 'mid', medio: 'mid', tengah: 'mid', mid: 'mid', middle: 'mid',
	akhir: 'late', penghujung: 'late', ujung: 'late', late: 'late', end: 'late'
};
/** "awal 2019" / "early 2019": Jan-Apr; "pertengahan" / "mid": May-Aug; "akhir" / "late": Sep-Dec. */
export const YEAR_PART_MONTHS: Record<Part, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };
export const partOf = (word: string): Part => PART_WORDS[norm(word)] ?? 'early';

export const ID_PART_SRC = 'awal|permulaan|pertengahan|medio|tengah|akhir|penghujung|ujung';
export const EN_PART_SRC = '(?:(early|mid|late)(?:-|\\s+)|(?:the\\s+)?(beginning|start|middle|end)\\s+of\\s+)';
