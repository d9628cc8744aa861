import { error } from '@sveltejs/kit';
import { EventsFileError, loadEvents } from '$lib/server/events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	try {
		const file = loadEvents();
		const names = new Map(file.actors.map((a) => [a.id, a.name]));
		return {
			articles: file.articles.length,
			events: file.events.map((e) => ({
				id: e.id,
				type: e.type,
				date: e.date,
				status: e.status,
				title: e.title.en,
				actors: e.actors.map((a) => names.get(a.id) ?? a.id),
				sources: e.sources.length
			}))
		};
	} catch (e) {
		if (e instanceof EventsFileError) error(503, e.message);
		throw e;
	}
};
