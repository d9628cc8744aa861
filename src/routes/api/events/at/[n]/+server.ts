import { error, json } from '@sveltejs/kit';
import { currentIndex } from '$lib/server/corpus';
import { eventDetail } from '$lib/server/eventDetail';
import type { RequestHandler } from './$types';

/**
 * An event by its position in the events file. With very many events the timeline page carries
 * positions instead of ids and titles; hovering or clicking a mark asks for them here.
 */
export const GET: RequestHandler = ({ params, url }) => {
	const lang = url.searchParams.get('lang') ?? 'en';
	if (lang !== 'en' && lang !== 'id') error(400, `Parameter "lang": "${lang.slice(0, 20)}" is not one of en, id`);
	if (!/^\d{1,9}$/.test(params.n)) error(400, `Parameter "n": "${params.n.slice(0, 20)}" is not a non-negative whole number`);
	const index = currentIndex();
	const indexed = index.byN[Number(params.n)];
	if (!indexed) error(404, `No event at position ${params.n} (the corpus has ${index.events.length})`);
	const detail = eventDetail(index, indexed.event.id)!;
	return json({ ...detail, title: detail.title[lang], titles: detail.title });
};
