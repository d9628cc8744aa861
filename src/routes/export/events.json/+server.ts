import { currentIndex } from '$lib/server/corpus';
import { viewStateOf } from '$lib/server/viewParams';
import { subsetFile } from '$lib/export/subset';
import { downloadHeaders, exportedEvents } from '$lib/export/select';
import type { RequestHandler } from './$types';

/**
 * The events of a dashboard view as an events file (valid against /schema/events.json) with the
 * articles and actors they reference. Same parameters as `/`.
 */
export const GET: RequestHandler = ({ url }) => {
	const state = viewStateOf(url);
	const index = currentIndex();
	const file = subsetFile(index.file, exportedEvents(index, state));
	return new Response(JSON.stringify(file), { headers: downloadHeaders('application/json; charset=utf-8', 'linimasa-events.json') });
};
