import { error } from '@sveltejs/kit';
import { currentIndex } from '$lib/server/corpus';
import { downloadHeaders } from '$lib/export/select';
import { parseLinksExportParams } from '$lib/export/linksSvgParams';
import { prepareMapSvg } from '$lib/export/linksSvg';
import { timelineFilename } from '$lib/export/timelineSvgText';
import type { RequestHandler } from './$types';

/** The map of a view as a standalone SVG: the dashboard's parameters plus width and height. */
export const GET: RequestHandler = async ({ url }) => {
	const { params, errors } = parseLinksExportParams(url.searchParams, 'svg', 'map');
	if (errors.length) error(400, errors.map((e) => `Parameter "${e.param}": ${e.message}`).join('; '));
	const chart = await prepareMapSvg(currentIndex(), params, url.origin);
	return new Response(chart.svg(), { headers: downloadHeaders('image/svg+xml; charset=utf-8', timelineFilename(params.state, 'svg', 'map')) });
};
