/**
 * Company-country links as CSV, one row per (company or country, home, counterpart, type), as the
 * map and network draw them. Columns: company_id, company, home_country, counterpart_country,
 * type, events, first_day, last_day (YYYY-MM-DD, empty when every event behind it is undated),
 * via (the government bodies and officials behind it), event_ids. Written with csv-stringify.
 */
import { stringify } from 'csv-stringify/sync';
import type { Actor } from '$lib/schema/events';
import type { Link } from '$lib/links/links';
import { cellText, LIST_SEPARATOR } from './csv';

export const LINK_CSV_COLUMNS = ['company_id', 'company', 'home_country', 'counterpart_country', 'type', 'events', 'first_day', 'last_day', 'via', 'event_ids'] as const;

const isoDay = (day: number | null) => (day === null ? '' : new Date(day * 86_400_000).toISOString().slice(0, 10));

export function linkCsvRow(link: Link, actors: ReadonlyMap<string, Actor>): (string | number)[] {
	const name = (id: string) => cellText(actors.get(id)?.name ?? id);
	return [
		link.company ?? '',
		link.company ? name(link.company) : '',
		link.home,
		link.country,
		link.type,
		link.count,
		isoDay(link.first),
		isoDay(link.last),
		link.via.map(name).join(LIST_SEPARATOR),
		link.events.join(LIST_SEPARATOR)
	];
}

export function linksCsv(links: readonly Link[], actors: ReadonlyMap<string, Actor>): string {
	return stringify([[...LINK_CSV_COLUMNS], ...links.map((l) => linkCsvRow(l, actors))], { record_delimiter: 'windows' });
}
