import { error } from '@sveltejs/kit';
import { currentIndex } from '$lib/server/corpus';
import { eventDetail } from '$lib/server/eventDetail';
import { viewStateOf } from '$lib/server/viewParams';
import type { PageServerLoad } from './$types';

/** An event's embed: its details, as on its page. `lang` and `theme` as on the dashboard. */
export const load: PageServerLoad = ({ params, url }) => {
	const { lang } = viewStateOf(url);
	const detail = eventDetail(currentIndex(), params.id);
	if (!detail) error(404, `No event has id "${params.id.slice(0, 80)}"`);
	const permalink = `/events/${encodeURIComponent(detail.id)}${lang === 'id' ? '?lang=id' : ''}`;
	return { lang, detail, articles: new Set(detail.sources.map((s) => s.article)).size, permalink, canonical: `${url.origin}${permalink}` };
};
