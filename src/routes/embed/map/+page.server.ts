import { loadLinksEmbed } from '$lib/embed/linksEmbed';
import type { PageServerLoad } from './$types';

/** The map embed: the dashboard's map panel of the same view (same parameters). */
export const load: PageServerLoad = ({ url }) => loadLinksEmbed(url, 'map');
