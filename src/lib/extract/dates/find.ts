/**
 * findDateMentions: the orchestration.
 *
 * How findDateMentions works:
 *   1. Phrase families propose "atoms": a span of the text plus a structured, still unresolved
 *      value (e.g. { day 1, month 8, no year }). Digit-led families scan the text with a global
 *      regex; word-led families are run only where one lexer pass found their keyword (see
 *      "Phrase families" in atoms.ts for why). All regexes are compiled once at module load.
 *   2. Weekday words directly before a day+month atom are attached to it ("Selasa (1/8)").
 *   3. Stand-alone weekdays become atoms only in date-like contexts ("pada Selasa", "Selasa lalu").
 *   4. Overlaps are resolved: the longest atom wins.
 *   5. Neighbouring atoms are combined: ranges ("31 Juli - 5 Agustus 2017": a year-less side takes
 *      the other side's year), "kemarin (4/8)", and "sejak"/"hingga"/"since"/"until" prefixes.
 *   6. Each atom is resolved against the reference date into an EDTF string.
 */
import { type DateMention, type FindDatesOptions, type Lang, DEFAULT_YEAR_RANGE } from './types';
import { parseDay } from './calendar';
import { alt, isUpper, norm, WORDS } from './vocabulary';
import type { Atom, KeywordFamily, ScanFamily, Tok } from './atoms';
import { before, FROM_END_RE, prefixStart, RANGE_SEP_RE, SINCE_END_RE, UNTIL_END_RE } from './context';
import { absoluteFamilies } from './absolute';
import { relativeFamilies } from './relative';
import { type WdToken, attachWeekdays, standaloneWeekdays } from './weekdays';
import { toMention } from './resolve';

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
