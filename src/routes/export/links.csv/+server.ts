import { currentIndex } from '$lib/server/corpus';
import { viewStateOf } from '$lib/server/viewParams';
import { deriveLinks } from '$lib/links/links';
import { FLAG } from '$lib/timeline/span';
import { endOf, startOf } from '$lib/timeline/urlState';
import { linksCsv } from '$lib/export/linksCsv';
import { downloadHeaders } from '$lib/export/select';
import type { RequestHandler } from './$types';

const DAY = 86_400_000;

/** The links of a dashboard view as CSV; `start`/`end` limit them to that window, as on the map. */
export const GET: RequestHandler = ({ url }) => {
	const state = viewStateOf(url);
	const index = currentIndex();
	const window: [number, number] | null = state.start && state.end ? [Math.floor(startOf(state.start) / DAY), Math.floor(endOf(state.end) / DAY)] : null;
	const events = index.match(state).map((e) => ({ event: e.event, span: { start: e.span.start, end: e.span.end, undated: Boolean(e.span.flags & FLAG.undated) } }));
	const csv = linksCsv(deriveLinks(events, index.actors, window), index.actors);
	return new Response(csv, { headers: downloadHeaders('text/csv; charset=utf-8', 'linimasa-links.csv') });
};
