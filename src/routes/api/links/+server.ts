/** GET /api/links?type=…&actor=…&country=…&from=…&to=…&q=… : the links payload for those filters. */
import { json } from '@sveltejs/kit';
import { currentIndex } from '$lib/server/corpus';
import { linksPayload } from '$lib/server/links';
import { viewStateOf } from '$lib/server/viewParams';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => json(linksPayload(currentIndex(), viewStateOf(url)));
