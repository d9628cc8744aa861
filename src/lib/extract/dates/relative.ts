/**
 * Relative phrase families: fixed phrases, "N units ago/lagi", windows ("tiga bulan terakhir",
 * "in the past three months") and parts of relative units ("awal bulan ini", "early next year").
 */
import type { Lang } from './types';
import { type Span, spanDays } from './calendar';
import {
	alt,
	EN_NUM_SRC,
	ID_NUM_SRC,
	ID_PART_SRC,
	norm,
	parseEnNumber,
	parseIdNumber,
	partOf,
	unitOf
} from './vocabulary';
import type { Atom, FamilySet, KeywordFamily, Mark, RelVal } from './atoms';
import { before, lookBack, prefixStart, stickyAt, yRelOf } from './context';
import { countOk, FEW, fewAgo, FIXED_REL, partOfUnit, shift, unitBounds, unitPoint, windowSpan } from './relativeSpans';

/** Relative phrases of one language. Built once per language at module load. */
export function relativeFamilies(lang: Lang): FamilySet {
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
