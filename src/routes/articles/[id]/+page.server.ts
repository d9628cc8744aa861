import { currentIndex } from '$lib/server/corpus';
import { readerView } from '$lib/server/articleReader';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	const lang = url.searchParams.get('lang') === 'id' ? 'id' : 'en';
	return { lang: lang as 'en' | 'id', view: readerView(currentIndex(), params.id, lang) };
};
