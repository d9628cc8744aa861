import { currentIndex } from '$lib/server/corpus';
import { buildTimelinePayload } from '$lib/server/timelinePayload';
import { viewStateOf } from '$lib/server/viewParams';
import { filterKey, encodeViewState } from '$lib/timeline/urlState';
import { articleCount } from '$lib/export/subset';
import type { PageServerLoad } from './$types';

/** The timeline embed: the dashboard's timeline of the same view, without the rest of the page. */
export const load: PageServerLoad = ({ url }) => {
	const state = viewStateOf(url);
	const index = currentIndex();
	const payload = buildTimelinePayload(index, state);
	const articles = index.cached(`embed-articles:${filterKey(state)}`, () => articleCount(index.match(state).map((e) => e.event)));
	const query = encodeViewState(state);
	return { state, payload, articles, canonical: `${url.origin}/${query ? `?${query}` : ''}` };
};
