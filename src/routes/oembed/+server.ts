import { error, json } from '@sveltejs/kit';
import { currentIndex } from '$lib/server/corpus';
import { buildOEmbed, embedTargetOf, isProblem, parseOEmbedQuery } from '$lib/embed/oembed';
import { timelineTitle } from '$lib/embed/messages';
import type { RequestHandler } from './$types';
import { lt } from '$lib/i18n/linkMessages';

/**
 * oEmbed for dashboard views and event pages (see $lib/embed/oembed.ts): 400 naming the parameter
 * for a bad request, 404 for a page that is not ours or not embeddable, 501 for format=xml.
 */
export const GET: RequestHandler = ({ url }) => {
	const query = parseOEmbedQuery(url.searchParams, url.origin);
	if (isProblem(query)) error(query.status, query.message);
	const target = embedTargetOf(query.url);
	if (isProblem(target)) error(target.status, target.message);
	const index = currentIndex();
	let title: string;
	if (target.kind === 'event') {
		const event = index.byId.get(target.id)?.event;
		if (!event) error(404, `Parameter "url": no event has id "${target.id.slice(0, 80)}"`);
		title = event.title[target.lang];
	} else if (target.kind === 'timeline') {
		title = timelineTitle(target.state.lang, index.match(target.state).length);
	} else {
		title = `${lt(target.state.lang, target.kind === 'map' ? 'mapTitle' : 'networkTitle')} — Linimasa`;
	}
	const body = buildOEmbed({ origin: query.url.origin, target, title, maxwidth: query.maxwidth, maxheight: query.maxheight });
	// Public data: any page may ask from the browser.
	return json(body, { headers: { 'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff' } });
};
