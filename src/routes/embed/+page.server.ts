import { currentIndex } from '$lib/server/corpus';
import { viewStateOf } from '$lib/server/viewParams';
import { encodeViewState } from '$lib/timeline/urlState';
import type { PageServerLoad } from './$types';

/** The embed previewer: the timeline embed of the query given here, and the first event's embed. */
export const load: PageServerLoad = ({ url }) => {
	const state = viewStateOf(url);
	const index = currentIndex();
	const first = index.match(state)[0] ?? index.events[0];
	return { state, query: encodeViewState({ ...state, event: null }), firstEvent: first?.event.id ?? null };
};
