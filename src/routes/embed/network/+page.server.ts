import { loadLinksEmbed } from '$lib/embed/linksEmbed';
import type { PageServerLoad } from './$types';

/** The network embed: the dashboard's network panel of the same view (same parameters). */
export const load: PageServerLoad = ({ url }) => loadLinksEmbed(url, 'network');
