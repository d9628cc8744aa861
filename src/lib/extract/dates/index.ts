/**
 * Date phrases in Indonesian and English tech-policy news -> EDTF (ISO 8601-2).
 *
 * Pure functions, no I/O, no clock: every relative phrase is computed from the reference date the
 * caller passes in (normally the article's publication date), never from "now".
 *
 * The edtf parser is deliberately not used here (hot path); the tests check every string with it.
 *
 * This file is the public API; the modules beside it:
 *   types.ts          public types (DateMention, ReferenceDate, ...)
 *   find.ts           findDateMentions: compiled patterns, lexing, longest wins, combining neighbours
 *   vocabulary.ts     month, weekday, part-of-period and number words
 *   calendar.ts       calendar days as local-midnight Dates; Span, the EDTF extent built from them
 *   atoms.ts          the internal atom model and the phrase family interfaces
 *   context.ts        words around a phrase: "sejak"/"hingga" prefixes, "lalu"/"last year" markers
 *   absolute.ts       absolute and partial calendar phrases ("1 Agustus 2017", "Mei lalu", "Q1 2019")
 *   relativeSpans.ts  fixed relative phrases and unit arithmetic against the reference day
 *   relative.ts       relative phrase families ("dua hari lalu", "three months ago")
 *   weekdays.ts       weekday words: attached to a date, standing alone, resolved
 *   resolve.ts        atom -> DateMention: year choice, ranges, kind
 *   edtf.ts           Shape -> calendar bounds / EDTF extent; clipToReference
 *   publication.ts    findPublicationDate
 *   durations.ts      findDurations
 */
export type {
	DateMention,
	DateMentionBasis,
	DateMentionKind,
	DateRelation,
	DurationMention,
	FindDatesOptions,
	Lang,
	ReferenceDate
} from './types';
export { findDateMentions } from './find';
export { clipToReference } from './edtf';
export { findPublicationDate } from './publication';
export { findDurations } from './durations';
