import { currentIndex } from '$lib/server/corpus';
import { viewStateOf } from '$lib/server/viewParams';
import { eventsCsv } from '$lib/export/csv';
import { downloadHeaders, exportedEvents } from '$lib/export/select';
import type { RequestHandler } from './$types';

/** The events of a dashboard view as CSV (columns: see $lib/export/csv.ts). Same parameters as `/`. */
export const GET: RequestHandler = ({ url }) => {
	const state = viewStateOf(url);
	const index = currentIndex();
	const csv = eventsCsv(exportedEvents(index, state), { actors: index.actors, articles: new Map(index.file.articles.map((a) => [a.id, a])), origin: url.origin });
	return new Response(csv, { headers: downloadHeaders('text/csv; charset=utf-8', 'linimasa-events.csv') });
};
