/**
 * Absolute and partial calendar phrase families: ISO and numeric dates, "1 Agustus 2017", day and
 * month ranges, months, parts of months and years, quarters and halves, years after a trigger.
 */
import type { Lang } from './types';
import { daysInMonthAnyYear, mkDay } from './calendar';
import { alt, EN_PART_SRC, ID_PART_SRC, isUpper, norm, partOf, WORDS, YEAR_PART_MONTHS } from './vocabulary';
import type { Atom, CalVal, FamilySet, KeywordFamily, ScanFamily, Shape } from './atoms';
import {
	before,
	lookBack,
	markOf,
	NOT_QUANTITY,
	ORD,
	prefixStart,
	stickyAt,
	TRIGGER_END_RE,
	withMarkers,
	YEAR_SRC
} from './context';

function validDM(d: number, m: number, y?: number): boolean {
	if (m < 1 || m > 12 || d < 1) return false;
	return y === undefined ? d <= daysInMonthAnyYear(m) : mkDay(y, m, d) !== null;
}
function twoDigitYear(s: string): number {
	const n = Number(s);
	return s.length === 4 ? n : n <= 49 ? 2000 + n : 1900 + n;
}

const YEAR_SCAN_SRC = `(?<![\\w.,])${YEAR_SRC}`;

/** Absolute and partial calendar phrases of one language. Built once per language at module load. */
export function absoluteFamilies(lang: Lang): FamilySet {
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
