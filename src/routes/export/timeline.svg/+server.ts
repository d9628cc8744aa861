import { error } from '@sveltejs/kit';
import { currentIndex } from '$lib/server/corpus';
import { downloadHeaders } from '$lib/export/select';
import { parseExportParams } from '$lib/export/timelineSvgParams';
import { prepareTimelineSvg } from '$lib/export/timelineSvg';
import { timelineFilename } from '$lib/export/timelineSvgText';
import type { RequestHandler } from './$types';

/** The dashboard's timeline of a view as a standalone SVG: the dashboard's parameters plus width and height. */
export const GET: RequestHandler = ({ url }) => {
	const { params, errors } = parseExportParams(url.searchParams, 'svg');
	if (errors.length) error(400, errors.map((e) => `Parameter "${e.param}": ${e.message}`).join('; '));
	const chart = prepareTimelineSvg(currentIndex(), params.state, params, url.origin);
	return new Response(chart.svg(), { headers: downloadHeaders('image/svg+xml; charset=utf-8', timelineFilename(params.state, 'svg')) });
};
