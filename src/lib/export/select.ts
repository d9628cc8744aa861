/** The events an export of a view holds: the dashboard's matches, limited to the window if given. */
import type { Event } from '$lib/schema/events';
import type { ViewState } from '$lib/timeline/urlState';
import type { CorpusIndex } from '$lib/server/corpus';
import { inView } from './subset';

/** In the dashboard's order: by date, undated last. */
export function exportedEvents(index: CorpusIndex, state: ViewState): Event[] {
	return inView(index.match(state), state).map((e) => e.event);
}

/** `linimasa-events.csv`, as an attachment, never sniffed as something else. */
export function downloadHeaders(contentType: string, filename: string): Record<string, string> {
	return {
		'content-type': contentType,
		'content-disposition': `attachment; filename=${filename}`,
		'x-content-type-options': 'nosniff',
		'cache-control': 'no-store'
	};
}
