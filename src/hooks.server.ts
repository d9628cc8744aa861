import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { parseFrameAncestors, withFrameHeaders } from '$lib/embed/framing';

/** LINIMASA_FRAME_ANCESTORS, read once per value; origins that are not origins are reported once. */
let ancestors: { value: string | undefined; origins: string[] } | null = null;
function frameAncestors(): string[] {
	const value = process.env.LINIMASA_FRAME_ANCESTORS;
	if (ancestors && ancestors.value === value) return ancestors.origins;
	const { origins, rejected } = parseFrameAncestors(value);
	if (rejected.length) console.warn(`LINIMASA_FRAME_ANCESTORS: ignored what is not an origin (https://host[:port]): ${rejected.join(' ')}`);
	ancestors = { value, origins };
	return origins;
}

/**
 * The page's language and a theme named in the URL go on <html> in the server-rendered page.
 * Every response says who may frame it (see $lib/embed/framing.ts): embeds anyone, the rest this
 * site and LINIMASA_FRAME_ANCESTORS.
 */
export const handle: Handle = async ({ event, resolve }) => {
	if (building) return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', 'en').replace('data-theme="%theme%"', '') });
	const lang = event.url.searchParams.get('lang') === 'id' ? 'id' : 'en';
	const themeParam = event.url.searchParams.get('theme');
	const theme = themeParam === 'light' || themeParam === 'dark' ? themeParam : '';
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%lang%', lang)
				.replace('data-theme="%theme%"', theme ? `data-theme="${theme}"` : '')
	});
	return withFrameHeaders(response, event.url.pathname, frameAncestors());
};
