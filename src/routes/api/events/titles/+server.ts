import { error, json } from '@sveltejs/kit';
import { currentIndex } from '$lib/server/corpus';
import type { RequestHandler } from './$types';

const MAX = 500;

/**
 * Ids and titles of events by their positions in the events file, many at once: with large
 * corpora the timeline page carries positions only, and the marks in view ask for their labels.
 */
export const GET: RequestHandler = ({ url }) => {
	const lang = url.searchParams.get('lang') ?? 'en';
	if (lang !== 'en' && lang !== 'id') error(400, `Parameter "lang": "${lang.slice(0, 20)}" is not one of en, id`);
	const list = (url.searchParams.get('n') ?? '').split(',').filter(Boolean);
	if (list.length === 0) error(400, 'Parameter "n": give one or more positions, e.g. n=0,5,17');
	if (list.length > MAX) error(400, `Parameter "n": at most ${MAX} positions at a time (got ${list.length})`);
	const bad = list.find((v) => !/^\d{1,9}$/.test(v));
	if (bad !== undefined) error(400, `Parameter "n": "${bad.slice(0, 20)}" is not a non-negative whole number`);
	const index = currentIndex();
	const items = list.map(Number).map((n) => {
		const e = index.byN[n];
		return e ? { n, id: e.event.id, title: e.event.title[lang] } : { n, id: null, title: null };
	});
	return json({ items });
};
