import { error, json } from '@sveltejs/kit';
import { currentIndex } from '$lib/server/corpus';
import { actorOptions } from '$lib/server/timelinePayload';
import { viewStateOf } from '$lib/server/viewParams';
import type { RequestHandler } from './$types';

const normalise = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Actors whose name, alias or id contains `search`, with their counts under the other filters
 * (same parameters as the dashboard): the actor filter searches here when the page carries only
 * the most named actors.
 */
export const GET: RequestHandler = ({ url }) => {
	const search = normalise((url.searchParams.get('search') ?? '').trim());
	if (search.length < 1 || search.length > 100) error(400, 'Parameter "search": give 1 to 100 characters');
	const index = currentIndex();
	const state = viewStateOf(url);
	const matches = actorOptions(index, state)
		.filter((a) => {
			if (normalise(a.name).includes(search) || a.id.includes(search)) return true;
			return (index.actors.get(a.id)?.aliases ?? []).some((alias) => normalise(alias).includes(search));
		})
		.slice(0, 50);
	return json({ actors: matches });
};
