import { currentIndex } from '$lib/server/corpus';
import { timelineColumnsBytes } from '$lib/server/timelinePayload';
import { viewStateOf } from '$lib/server/viewParams';
import type { RequestHandler } from './$types';

/**
 * The timeline's columns for the filters in the query, as raw bytes (see columns.ts). The page
 * names this URL, with the corpus version in `v`, and preloads it while its scripts load.
 */
export const GET: RequestHandler = ({ url }) => {
	const index = currentIndex();
	const bytes = timelineColumnsBytes(index, viewStateOf(url));
	const current = url.searchParams.get('v') === index.version;
	return new Response(bytes as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': 'application/octet-stream',
			// Same version, same bytes: the browser may keep them; without it, always ask again.
			'cache-control': current ? 'private, max-age=86400, immutable' : 'no-store'
		}
	});
};
