import { error } from '@sveltejs/kit';
import { currentIndex } from '$lib/server/corpus';
import { downloadHeaders } from '$lib/export/select';
import { parseLinksExportParams } from '$lib/export/linksSvgParams';
import { pixelError } from '$lib/export/timelineSvgParams';
import { prepareMapSvg } from '$lib/export/linksSvg';
import { svgToPng } from '$lib/export/timelineSvg';
import { timelineFilename } from '$lib/export/timelineSvgText';
import type { RequestHandler } from './$types';

/** The map SVG of a view drawn as a PNG (resvg): width × scale pixels wide (scale 1 or 2). */
export const GET: RequestHandler = async ({ url }) => {
	const { params, errors } = parseLinksExportParams(url.searchParams, 'png', 'map');
	if (errors.length) error(400, errors.map((e) => `Parameter "${e.param}": ${e.message}`).join('; '));
	const chart = await prepareMapSvg(currentIndex(), params, url.origin);
	const tooLarge = pixelError(chart.layout.width, chart.layout.height, params.scale);
	if (tooLarge) error(400, `Parameter "${tooLarge.param}": ${tooLarge.message}`);
	const png = svgToPng(chart.svg(), chart.layout.width, params.scale);
	return new Response(new Uint8Array(png), { headers: downloadHeaders('image/png', timelineFilename(params.state, 'png', 'map')) });
};
