import { error } from '@sveltejs/kit';
import { currentIndex } from '$lib/server/corpus';
import { eventDetail } from '$lib/server/eventDetail';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	const lang = url.searchParams.get('lang') === 'id' ? 'id' : 'en';
	const detail = eventDetail(currentIndex(), params.id);
	if (!detail) error(404, `No event has id "${params.id.slice(0, 80)}"`);
	return { lang: lang as 'en' | 'id', detail };
};
