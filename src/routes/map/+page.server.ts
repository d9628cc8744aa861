import { currentIndex } from '$lib/server/corpus';
import { linksPayload } from '$lib/server/links';
import { viewStateOf } from '$lib/server/viewParams';
import type { PageServerLoad } from './$types';

/** Above this many linked events the page does not carry the links: the browser fetches them
 * from /api/links as JSON, much faster than serialising them into the page. */
const INLINE_LIMIT = 5_000;

export const load: PageServerLoad = ({ url, untrack }) => {
	const state = viewStateOf(url, untrack);
	const links = linksPayload(currentIndex(), state);
	return { state, links: links.events.day.length <= INLINE_LIMIT ? links : null };
};
