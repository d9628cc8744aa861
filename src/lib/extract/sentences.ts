/**
 * Sentence splitting with offsets into the raw text. A full stop ends a sentence unless it closes
 * an abbreviation (Inc., Ltd., Plt., dll.), an initial ("Johnny G. Plate") or a number; quotes and
 * brackets after the stop stay with the sentence they close.
 */

export interface Sentence {
	start: number;
	end: number;
	text: string;
	/** Index of the body paragraph the sentence belongs to (sentences of one line share it). */
	paragraph: number;
}

/** Lower-cased words that take a full stop without ending a sentence, Indonesian and English. */
const ABBREVIATIONS = new Set(
	[
		// company forms
		'inc', 'ltd', 'corp', 'co', 'bhd', 'tbk', 'pte', 'pty', 'plc', 'llc', 'nv', 'bv', 'ag', 'sa', 'cv', 'gmbh', 'intl', 'assn', 'bros',
		// titles and posts
		'dr', 'drs', 'dra', 'ir', 'prof', 'mr', 'mrs', 'ms', 'jr', 'sr', 'st', 'mt', 'h', 'hj', 'kh', 'plt', 'plh', 'pj', 'pjs', 'bpk', 'sdr', 'sdri', 'yth', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'capt', 'sgt', 'insp', 'kol', 'brigjen', 'irjen', 'kombes', 'akbp', 'kapt', 'mayjen', 'letjen', 'jend', 'rev', 'hon', 'pres', 'vp',
		// academic degrees written after names
		'sh', 'se', 'si', 'mm', 'msi', 'mkom', 'mba', 'phd', 'mh', 'st', 'sked', 'skom', 'mt', 'mpd', 'ssi', 'ak',
		// places and references
		'jl', 'jln', 'kec', 'kab', 'kel', 'prov', 'no', 'nos', 'vol', 'hlm', 'hal', 'tel', 'telp', 'fig', 'ed', 'eds', 'ch', 'art', 'sec', 'dept', 'div', 'est', 'approx', 'ca', 'vs', 'cf', 'al',
		// Indonesian shorthand
		'dll', 'dsb', 'dst', 'dkk', 'tsb', 'sbg', 'yg', 'dgn', 'utk', 'tgl', 'bln', 'thn', 'thd', 'spt', 'krn', 'a.n', 'u.p', 's.d', 'd.a',
		// months as written before day numbers in English datelines ("Aug. 1")
		'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ags', 'agt', 'okt', 'des',
		// Latin
		'e.g', 'i.e', 'etc', 'viz', 'a.m', 'p.m'
	]
);

/** Abbreviations that usually end a sentence when the next word is capitalised. */
const SENTENCE_FINAL_OK = new Set(['etc', 'dll', 'dsb', 'dst', 'dkk', 'inc', 'ltd', 'corp', 'co', 'tbk', 'plc', 'llc']);

/** Word before a stop, including inner dots ("U.S", "a.n", "S.H"). */
const WORD_BEFORE = /([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)$/u;

/** A stop (., !, ?, …), closing quotes/brackets, then white space. */
const BOUNDARY = /[.!?…]+["”’'»)\]]*(?=\s)/g;

function isBoundary(text: string, stopAt: number, stopEnd: number): boolean {
	const stop = text.slice(stopAt, stopEnd);
	const rest = text.slice(stopEnd).trimStart();
	const next = rest.charAt(0);
	if (!next) return true;
	// The next sentence starts with a capital, a digit, a quote or a bracket.
	if (!/[\p{Lu}\p{N}"“‘'(\[«]/u.test(next)) return false;
	if (!stop.startsWith('.') || stop.startsWith('..')) return true;
	// Only the word before the stop matters: look at a short stretch, not the whole paragraph.
	const before = WORD_BEFORE.exec(text.slice(Math.max(0, stopAt - 40), stopAt))?.[1];
	if (!before) return true;
	const lower = before.toLowerCase();
	// "Johnny G. Plate", "U.S. officials", "S.H. dari"
	// An initial ("Johnny G. Plate") never ends a sentence; "U.S." does before "The", "Namun" ...
	if (/^\p{Lu}$/u.test(before)) return false;
	if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return isLikelySentenceStart(rest);
	if (ABBREVIATIONS.has(lower)) {
		// "Xiaomi Inc. The company" ends a sentence; "Inc. Ltd" does not need to.
		return SENTENCE_FINAL_OK.has(lower) && isLikelySentenceStart(rest);
	}
	return true;
}

/** Function words that open sentences, used to tell "Inc. The" (a new sentence) from "Inc. Kepala". */
const OPENERS =
	/^(?:The|A|An|In|On|At|It|He|She|They|We|This|That|These|Those|But|And|However|Meanwhile|Ia|Dia|Mereka|Kami|Kita|Ini|Itu|Namun|Tetapi|Tapi|Sementara|Selain|Dalam|Pada|Di|Menurut|Sebelumnya|Saat|Kemudian|Sedangkan|Adapun|Hal|Pihak|Sebagai)\b/;

function isLikelySentenceStart(rest: string): boolean {
	return OPENERS.test(rest);
}

/** Splits the body segments of an article into sentences. Offsets are into `raw`. */
export function splitSentences(raw: string, spans: { start: number; end: number }[]): Sentence[] {
	const sentences: Sentence[] = [];
	spans.forEach((span, paragraph) => {
		const text = raw.slice(span.start, span.end);
		let from = 0;
		BOUNDARY.lastIndex = 0;
		for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
			const stopEnd = m.index + m[0].length;
			if (!isBoundary(text, m.index, stopEnd)) continue;
			push(sentences, raw, span.start + from, span.start + stopEnd, paragraph);
			from = stopEnd;
		}
		push(sentences, raw, span.start + from, span.end, paragraph);
	});
	return sentences;
}

function push(out: Sentence[], raw: string, start: number, end: number, paragraph: number) {
	let s = start;
	let e = end;
	while (s < e && /\s/.test(raw.charAt(s))) s++;
	while (e > s && /\s/.test(raw.charAt(e - 1))) e--;
	if (e > s) out.push({ start: s, end: e, text: raw.slice(s, e), paragraph });
}
