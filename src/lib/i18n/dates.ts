/**
 * Dates in words, in English or Indonesian, saying no more than the record does: "1 Agustus
 * 2017", "Agustus 2017", "sekitar Juli 2017", "paling lambat 1 Agustus 2017", "Mei, tahun tidak
 * diketahui". date-fns formats with its `id` and `enGB` locales; days are UTC days.
 */
import { format } from 'date-fns';
import { enGB, id as idLocale } from 'date-fns/locale';
import type { Lang } from '$lib/timeline/urlState';
import { FLAG } from '$lib/timeline/span';

const LOCALE = { en: enGB, id: idLocale } as const;

/** A Date whose local calendar day is the given UTC day, so date-fns prints that day anywhere. */
function localDate(day: number): Date {
	const utc = new Date(day * 86_400_000);
	return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

const isFirstOfMonth = (day: number) => new Date(day * 86_400_000).getUTCDate() === 1;
const isLastOfMonth = (day: number) => new Date((day + 1) * 86_400_000).getUTCDate() === 1;
const isYearStart = (day: number) => isFirstOfMonth(day) && new Date(day * 86_400_000).getUTCMonth() === 0;
const isYearEnd = (day: number) => isLastOfMonth(day) && new Date(day * 86_400_000).getUTCMonth() === 11;

export function formatDay(day: number, lang: Lang): string {
	return format(localDate(day), 'd MMMM yyyy', { locale: LOCALE[lang] });
}

/** A span of whole days in the fewest words: a day, a month, a year, or "31 July – 5 August 2017". */
export function formatDays(start: number, end: number, lang: Lang): string {
	const loc = { locale: LOCALE[lang] };
	const a = localDate(start);
	const b = localDate(end);
	if (start === end) return format(a, 'd MMMM yyyy', loc);
	if (isYearStart(start) && isYearEnd(end)) {
		return a.getFullYear() === b.getFullYear() ? format(a, 'yyyy', loc) : `${format(a, 'yyyy', loc)}–${format(b, 'yyyy', loc)}`;
	}
	if (isFirstOfMonth(start) && isLastOfMonth(end)) {
		if (a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth()) return format(a, 'MMMM yyyy', loc);
		return a.getFullYear() === b.getFullYear()
			? `${format(a, 'MMMM', loc)} – ${format(b, 'MMMM yyyy', loc)}`
			: `${format(a, 'MMMM yyyy', loc)} – ${format(b, 'MMMM yyyy', loc)}`;
	}
	if (a.getFullYear() === b.getFullYear()) {
		return a.getMonth() === b.getMonth()
			? `${format(a, 'd', loc)}–${format(b, 'd MMMM yyyy', loc)}`
			: `${format(a, 'd MMMM', loc)} – ${format(b, 'd MMMM yyyy', loc)}`;
	}
	return `${format(a, 'd MMMM yyyy', loc)} – ${format(b, 'd MMMM yyyy', loc)}`;
}

const WORDS = {
	en: { around: 'around', possibly: 'possibly', before: 'on or before', after: 'from', undated: 'no date', yearUnknown: 'year unknown' },
	id: { around: 'sekitar', possibly: 'mungkin', before: 'paling lambat', after: 'sejak', undated: 'tanpa tanggal', yearUnknown: 'tahun tidak diketahui' }
} as const;

export interface SpanLike {
	start: number | null;
	end: number | null;
	flags: number;
	month?: number | null;
}

/** An event's date in words, with its doubts: approximate, uncertain, open, or unknown. */
export function formatSpan(span: SpanLike, lang: Lang): string {
	const w = WORDS[lang];
	if (span.flags & FLAG.undated || (span.start === null && span.end === null)) {
		if (span.month) {
			const month = format(new Date(2001, span.month - 1, 1), 'MMMM', { locale: LOCALE[lang] });
			return `${month}, ${w.yearUnknown}`;
		}
		return w.undated;
	}
	let text = span.start === null ? formatDays(span.end!, span.end!, lang) : span.end === null ? formatDays(span.start, span.start, lang) : formatDays(span.start, span.end, lang);
	// "from around 9 August 2017", "sejak sekitar …": the approximation belongs to the date, inside
	// the open side's word; doubt is about the whole statement, so it comes first.
	if (span.flags & FLAG.approximate) text = `${w.around} ${text}`;
	if (span.start === null) text = `${w.before} ${text}`;
	else if (span.end === null) text = `${w.after} ${text}`;
	if (span.flags & FLAG.uncertain) text = `${w.possibly} ${text}`;
	return text;
}

const PRECISION = {
	en: { day: 'to the day', week: 'to the week', month: 'to the month', year: 'to the year', span: 'a span of days', open: 'open-ended', none: 'not given' },
	id: { day: 'tepat tanggalnya', week: 'dalam pekan itu', month: 'dalam bulan itu', year: 'dalam tahun itu', span: 'rentang hari', open: 'terbuka', none: 'tidak disebut' }
} as const;

/** How precise a date is, in words ("to the month", "dalam bulan itu"). */
export function precisionWords(span: SpanLike, lang: Lang): string {
	const p = PRECISION[lang];
	if (span.flags & FLAG.undated || (span.start === null && span.end === null)) return p.none;
	if (span.start === null || span.end === null) return p.open;
	const days = span.end - span.start + 1;
	if (days === 1) return p.day;
	if (isYearStart(span.start) && isYearEnd(span.end) && days <= 366) return p.year;
	if (isFirstOfMonth(span.start) && isLastOfMonth(span.end) && days <= 31) return p.month;
	if (days === 7 || (days < 7 && new Date(span.start * 86_400_000).getUTCDay() === 1)) return p.week;
	return p.span;
}
