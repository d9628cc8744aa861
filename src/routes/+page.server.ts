import { currentIndex } from '$lib/server/corpus';
import { buildTimelinePayload } from '$lib/server/timelinePayload';
import { eventDetail, tablePage } from '$lib/server/eventDetail';
import { viewStateOf } from '$lib/server/viewParams';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, untrack }) => {
	const state = viewStateOf(url, untrack);
	const index = currentIndex();
	// The selected event is read untracked: selecting another one fetches only its details.
	const selected = untrack(() => url.searchParams.get('event'));
	return {
		state,
		payload: buildTimelinePayload(index, state),
		table: tablePage(index, state, 0, state.lang),
		detail: selected ? eventDetail(index, selected) : null
	};
};
