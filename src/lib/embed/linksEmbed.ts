/** Server side of the map and network embeds: the view, the credit's counts, the canonical URL. */
import { currentIndex } from '$lib/server/corpus';
import { viewStateOf } from '$lib/server/viewParams';
import { encodeViewState, filterKey } from '$lib/timeline/urlState';
import { articleCount } from '$lib/export/subset';

export function loadLinksEmbed(url: URL, page: 'map' | 'network') {
	const state = viewStateOf(url);
	const index = currentIndex();
	const matched = index.match(state);
	const articles = index.cached(`embed-articles:${filterKey(state)}`, () => articleCount(matched.map((e) => e.event)));
	const query = encodeViewState({ ...state, event: null });
	return { state, page, events: matched.length, articles, canonical: `${url.origin}/${page}${query ? `?${query}` : ''}` };
}
