import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';

/** The page's language and a theme named in the URL go on <html> in the server-rendered page. */
export const handle: Handle = async ({ event, resolve }) => {
	if (building) return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', 'en').replace('data-theme="%theme%"', '') });
	const lang = event.url.searchParams.get('lang') === 'id' ? 'id' : 'en';
	const themeParam = event.url.searchParams.get('theme');
	const theme = themeParam === 'light' || themeParam === 'dark' ? themeParam : '';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('data-theme="%theme%"', theme ? `data-theme="${theme}"` : '')
	});
};
