/**
 * The events as CSV, one row per event, for spreadsheets and scripts. Columns:
 *
 * | column | what |
 * | --- | --- |
 * | id | the event's id |
 * | type, cameo | event type and its CAMEO code |
 * | date | EDTF date (empty when undated), e.g. `2017-08-01`, `2017-08`, `../2017-08-01` |
 * | date_basis | how the date was found (`explicit`, `relative`, …) |
 * | status | `occurred`, `planned` or `ongoing` |
 * | title_en, title_id | the titles in English and Indonesian |
 * | actor_names, actor_ids, actor_roles | the actors, "; "-separated, in the same order |
 * | countries | ISO 3166-1 alpha-2 codes, "; "-separated |
 * | source_count | how many quotes support the event |
 * | first_article, first_article_url | id of the first source's article and its address (if known) |
 * | first_quote | the first source's sentence, verbatim |
 * | confidence | 0–1 |
 * | url | the event's page on this server |
 *
 * Written with csv-stringify (RFC 4180: quoted where needed, CRLF line ends, UTF-8, no BOM). Text
 * that a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
 * apostrophe, as OWASP recommends; ids, codes, dates and numbers are never changed.
 */
import { stringify } from 'csv-stringify/sync';
import type { Actor, Article, Event } from '$lib/schema/events';

export const CSV_COLUMNS = [
	'id',
	'type',
	'cameo',
	'date',
	'date_basis',
	'status',
	'title_en',
	'title_id',
	'actor_names',
	'actor_ids',
	'actor_roles',
	'countries',
	'source_count',
	'first_article',
	'first_article_url',
	'first_quote',
	'confidence',
	'url'
] as const;

export const LIST_SEPARATOR = '; ';

/** Text as a spreadsheet cell that is never a formula. */
export function cellText(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface CsvContext {
	actors: ReadonlyMap<string, Actor>;
	articles: ReadonlyMap<string, Article>;
	/** This server's origin, for the url column. */
	origin: string;
}

export function eventCsvRow(event: Event, context: CsvContext): (string | number)[] {
	const first = event.sources[0];
	const article = first ? context.articles.get(first.article) : undefined;
	return [
		event.id,
		event.type,
		event.cameo,
		event.date ?? '',
		event.dateBasis,
		event.status,
		cellText(event.title.en),
		cellText(event.title.id),
		cellText(event.actors.map((a) => context.actors.get(a.id)?.name ?? a.id).join(LIST_SEPARATOR)),
		event.actors.map((a) => a.id).join(LIST_SEPARATOR),
		event.actors.map((a) => a.role).join(LIST_SEPARATOR),
		event.countries.join(LIST_SEPARATOR),
		event.sources.length,
		first?.article ?? '',
		cellText(article?.url ?? ''),
		cellText(first?.quote ?? ''),
		event.confidence,
		`${context.origin}/events/${encodeURIComponent(event.id)}`
	];
}

export function eventsCsv(events: readonly Event[], context: CsvContext): string {
	return stringify([[...CSV_COLUMNS], ...events.map((e) => eventCsvRow(e, context))], { record_delimiter: 'windows' });
}
