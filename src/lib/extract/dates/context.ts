/**
 * The context around a phrase: shared regex pieces (years, ordinals, since/until/range words), the
 * look-behind window helpers, and the markers before/after an absolute phrase ("Mei lalu",
 * "May last year", "next August") that withMarkers absorbs.
 */
import type { Lang } from './types';
import { norm } from './vocabulary';
import type { Atom, CalVal, Mark } from './atoms';

export const YEAR_SRC = '(1[5-9]\\d\\d|20\\d\\d|2100)(?![\\d])';
/** a year-like number followed by a unit is a quantity, not a year ("2017 unit", "2019 persen") */
export const NOT_QUANTITY =
	'(?!\\s*%)(?![.,]\\d)(?!\\s*(?:persen|percent|unit|units|orang|jiwa|kali|juta|miliar|triliun|ribu|million|billion|thousand|users?|people|pengguna|buah|km|kg|mw|mhz|ghz|mb|gb|tb|meter|ton|hektare|ha|dolar|dollars?|rupiah)\\b)';
export const ORD = '(?:st|nd|rd|th)';

/** Prefix words that turn a date into an open interval (also a trigger for bare months/years). */
export const SINCE_END_RE = /(?:^|[^\p{L}])(sejak|semenjak|since)\s+$/iu;
export const UNTIL_END_RE = /(?:^|[^\p{L}])(hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s\/d|until|till|through|by)\s+$/iu;
export const FROM_END_RE = /(?:^|[^\p{L}])(dari|sejak|semenjak|antara|from|between)\s+$/iu;
export const TRIGGER_END_RE =
	/(?:^|[^\p{L}])(sejak|semenjak|hingga|sampai(?:\s+dengan)?|dari|s\.?\s?d\.?|s\/d|since|until|till|through|by|from|between|antara)\s+$/iu;
export const RANGE_SEP_RE = /^\s*(?:[-–—]|hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s\/d|to|through|thru|until|till)\s*$/i;
export const BEFORE_WINDOW = 40;

export const before = (text: string, pos: number): string => text.slice(Math.max(0, pos - BEFORE_WINDOW), pos);
/**
 * Start of a prefix found by an end-anchored regex of the form /(?:^|[^\p{L}])(word)\s+$/ run on
 * before(text, pos): the match may begin with one non-letter that is not part of the prefix.
 */
export const prefixStart = (pos: number, m: RegExpExecArray): number =>
	pos - m[0].length + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0);

/** Run a sticky (/y) regex at pos. */
export function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
	re.lastIndex = pos;
	return re.exec(text);
}
/** Run an end-anchored regex on the characters just before pos. */
export const lookBack = (re: RegExp, text: string, pos: number): RegExpExecArray | null => re.exec(before(text, pos));

// Markers after an absolute phrase: "Mei lalu", "1 Agustus mendatang", "Mei tahun lalu", "May last year".
const POST_MARK_ID_RE =
	/\s+(?:(tahun\s+(?:ini|lalu|kemarin|yang\s+lalu|depan|mendatang))|(yang\s+lalu|lalu|kemarin|silam|mendatang|depan|nanti|ini))(?![\p{L}])/iuy;
const POST_MARK_EN_RE = /,?\s+(?:of\s+)?((?:this|last|next)\s+year)\b/iy;
const PRE_MARK_EN_RE = /(?:^|[^\p{L}])(last|next|this(?:\s+coming)?|coming)\s+$/iu;

export function markOf(word: string): Mark | null {
	const w = norm(word);
	if (/^(lalu|yang lalu|kemarin|silam|last|past|previous)$/.test(w)) return 'past';
	if (/^(depan|mendatang|nanti|next|coming|this coming|besok)$/.test(w)) return 'future';
	if (/^(ini|this)$/.test(w)) return 'present';
	return null;
}
export function yRelOf(phrase: string): number {
	const w = norm(phrase);
	if (/(lalu|kemarin|last)/.test(w)) return -1;
	if (/(depan|mendatang|next)/.test(w)) return 1;
	return 0;
}

/**
 * Absorb a marker after a calendar phrase (and "last"/"next"/"this" before one in English):
 * sets mark / yRel and extends the atom.
 */
export function withMarkers(text: string, lang: Lang, atom: Atom & { val: CalVal }): Atom {
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
