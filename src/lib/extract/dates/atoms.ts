/**
 * The internal model: atoms (a span of text plus a still unresolved value) and the phrase families
 * that propose them.
 */
import type { DateRelation } from './types';
import type { Span } from './calendar';

export type Mark = DateRelation;
export type Part = 'early' | 'mid' | 'late';

/** The calendar extent named by a (possibly year-less) absolute phrase. */
export type Shape =
	| { s: 'day'; m: number; d: number }
	| { s: 'days'; m: number; d1: number; d2: number } // "1-3 Agustus"
	| { s: 'month'; m: number }
	| { s: 'mpart'; m: number; part: Part } // "awal Agustus": 1-10, "pertengahan": 11-20, "akhir": 21-end
	| { s: 'months'; m1: number; m2: number } // quarter, half, "awal 2019", "Januari-Maret"; m1 > m2 spans New Year
	| { s: 'year' };

/** Absolute or partial calendar phrase. y: stated year; yRel: year relative to the reference. */
export interface CalVal {
	t: 'cal';
	shape: Shape;
	y?: number;
	yRel?: number;
	/** stated weekday (0 = Sunday), only with shape 'day' */
	wd?: number;
}
/** Relative phrase: computed from the reference day. vague -> kind 'before'. */
export interface RelVal {
	t: 'rel';
	f: (ref: Date) => Span;
	vague?: boolean;
	/** "hari ini", "kemarin", ...: may be merged with a following "(4/8)" */
	dayWord?: boolean;
}
/** A weekday used on its own as a date ("pada Selasa", "last Tuesday"). */
export interface WdVal {
	t: 'wd';
	wd: number;
	mode: 'plain' | 'past' | 'future' | 'present';
	/** "Kamis pekan lalu", "Tuesday last week": that weekday in the ISO week `week` weeks away (mode 'present') */
	week?: number;
}
export type Val = CalVal | RelVal | WdVal;

export interface Atom {
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

export interface Tok {
	start: number;
	end: number;
	word: string;
	/** normalised word (table key) */
	key: string;
}
export interface ScanFamily {
	re: RegExp;
	on: (m: RegExpExecArray, text: string) => Atom | null;
}
export interface KeywordFamily {
	heads: Iterable<string>;
	at: (text: string, tok: Tok) => Atom | null;
}

export interface FamilySet {
	scans: ScanFamily[];
	keywords: KeywordFamily[];
}
