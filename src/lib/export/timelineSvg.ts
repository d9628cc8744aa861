/**
 * The dashboard's timeline as a standalone SVG (and PNG from it), rendered on the server by the
 * same Svelte components as the screen (TimelineChart.svg.svelte composes them).
 */
import { render } from 'svelte/server';
import { Resvg } from '@resvg/resvg-js';
import type { CorpusIndex } from '$lib/server/corpus';
import { buildTimelinePayload, timelineColumnsBytes } from '$lib/server/timelinePayload';
import { readColumns } from '$lib/timeline/columns';
import { FLAG, dayOf } from '$lib/timeline/span';
import { encodeViewState, endOf, startOf, type ViewState } from '$lib/timeline/urlState';
import { articleCount, inView } from '$lib/export/subset';
import TimelineChartSvg from '$lib/components/timeline/TimelineChart.svg.svelte';
import { EXPORT_THEMES, sourceLine } from './timelineSvgText';
import { exportLayout, type ExportLayout } from './timelineSvgLayout';

export interface PreparedChart {
	layout: ExportLayout;
	/** Draws it (after the caller has checked the size). */
	svg: () => string;
}

/** Lays the chart out for a view and size; `origin` makes the source line's link absolute. */
export function prepareTimelineSvg(index: CorpusIndex, state: ViewState, size: { width: number; height: number | null }, origin: string): PreparedChart {
	const payload = buildTimelinePayload(index, state);
	const bytes = timelineColumnsBytes(index, state);
	const columns = readColumns(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, payload.count, payload.placements);
	// What the source line counts: the dated events in the window (those the chart draws).
	const shown = inView(index.match(state), state).filter((e) => !(e.span.flags & FLAG.undated));
	const query = encodeViewState({ ...state, event: null });
	const url = `${origin}/${query ? `?${query}` : ''}`;
	const layout = exportLayout({ ...size, lanes: payload.lanes.length, source: sourceLine(state.lang, shown.length, articleCount(shown.map((e) => e.event)), url) });
	const window: [number, number] | null = state.start && state.end ? [dayOf(startOf(state.start)), dayOf(endOf(state.end)) + 1] : null;
	return {
		layout,
		svg: () => {
			const { body } = render(TimelineChartSvg, {
				props: { payload, columns, lang: state.lang, group: state.group, window, colors: EXPORT_THEMES[state.theme ?? 'light'], layout }
			});
			return standalone(body);
		}
	};
}

/** Svelte's hydration comments out, an XML declaration in: a file that stands on its own. */
export function standalone(body: string): string {
	const svg = body.replace(/<!--[\s\S]*?-->/g, '').trim();
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** The SVG as a PNG `width × scale` pixels wide, in the system's fonts. */
export function svgToPng(svg: string, width: number, scale: number): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: width * scale },
		font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
		shapeRendering: 2,
		textRendering: 1
	});
	return resvg.render().asPng();
}
