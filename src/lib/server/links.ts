/**
 * The links payload for the map and network views: the links of the events the URL's filters
 * match (CorpusIndex.match), cached per filter set like the timeline payload. The time window
 * (start/end) is applied in the browser, so scrubbing never refetches.
 */
import { filterKey, type ViewState } from '$lib/timeline/urlState';
import { FLAG } from '$lib/timeline/span';
import { buildLinksPayload, encodeLinks, type LinksWire } from '$lib/links/payload';
import type { CorpusIndex } from './corpus';

export function linksPayload(index: CorpusIndex, state: ViewState): LinksWire {
	return index.cached(`links:${filterKey(state)}`, () =>
		encodeLinks(buildLinksPayload(
			index.match(state).map((e) => ({ event: e.event, span: { start: e.span.start, end: e.span.end, undated: Boolean(e.span.flags & FLAG.undated) } })),
			index.actors,
			state.actors
		))
	);
}
