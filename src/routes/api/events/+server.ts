import { error, json } from '@sveltejs/kit';
import { currentIndex } from '$lib/server/corpus';
import { tablePage, TABLE_PAGE } from '$lib/server/eventDetail';
import { viewStateOf } from '$lib/server/viewParams';
import type { RequestHandler } from './$types';

/** A page of the events table for the current filters: ?offset=N&limit=N plus the dashboard's parameters. */
export const GET: RequestHandler = ({ url }) => {
	const state = viewStateOf(url);
	const number = (name: string, fallback: number, max: number) => {
		const raw = url.searchParams.get(name);
		if (raw === null) return fallback;
		const n = Number(raw);
		if (!Number.isInteger(n) || n < 0 || n > max) error(400, `Parameter "${name}": expected a whole number from 0 to ${max}`);
		return n;
	};
	const offset = number('offset', 0, 10_000_000);
	const limit = number('limit', TABLE_PAGE, 500);
	return json(tablePage(currentIndex(), state, offset, state.lang, limit));
};
