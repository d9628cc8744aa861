/**
 * Reading the view state in a load function or endpoint. Only the filter parameters are read
 * through the tracked URL: the window, the selected event and the theme change without rerunning
 * the load (zooming and clicking never refetch the events).
 */
import { error } from '@sveltejs/kit';
import { parseViewState, type ViewState } from '$lib/timeline/urlState';

const FILTER_PARAMS = ['type', 'actor', 'country', 'from', 'to', 'q', 'group', 'lang'];

export function viewStateOf(url: URL, untrack: <T>(fn: () => T) => T = (fn) => fn()): ViewState {
	for (const name of FILTER_PARAMS) url.searchParams.getAll(name);
	const params = untrack(() => new URLSearchParams(url.searchParams));
	const { state, errors } = parseViewState(params);
	if (errors.length) error(400, errors.map((e) => `Parameter "${e.param}": ${e.message}`).join('; '));
	return state;
}
