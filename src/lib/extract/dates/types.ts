/**
 * Public types of the date extractor (re-exported by index.ts), and the default candidate year range.
 */
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

export const DEFAULT_YEAR_RANGE: [number, number] = [1990, 2035];
