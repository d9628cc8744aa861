import { error, json } from '@sveltejs/kit';
import { currentIndex } from '$lib/server/corpus';
import { eventDetail } from '$lib/server/eventDetail';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => {
	const lang = url.searchParams.get('lang') ?? 'en';
	if (lang !== 'en' && lang !== 'id') error(400, `Parameter "lang": "${lang.slice(0, 20)}" is not one of en, id`);
	if (params.id.length > 200) error(400, 'Parameter "id": longer than 200 characters');
	const detail = eventDetail(currentIndex(), params.id);
	if (!detail) error(404, `No event has id "${params.id.slice(0, 80)}"`);
	return json({ ...detail, title: detail.title[lang], titles: detail.title });
};
