/**
 * The map and the network of a view as standalone SVG files (and PNG from them), rendered on the
 * server by the same Svelte components and geometry classes as the screen. The words and the
 * layout are worked out here from the payload with plain functions (so the endpoint knows the
 * size first); the components build the charts during the render.
 */
import { render } from 'svelte/server';
import type { CorpusIndex } from '$lib/server/corpus';
import { linksPayload } from '$lib/server/links';
import { decodeLinks, type LinksPayload } from '$lib/links/payload';
import { countInWindow, pairsInWindow, typedArcCount, type WindowCounts } from '$lib/links/aggregate';
import { buildGraph } from '$lib/links/graph';
import { loadWorld } from '$lib/geo/atlas';
import { FLAG, dayOf } from '$lib/timeline/span';
import { EVENT_TYPES } from '$lib/timeline/eventTypes';
import { GLYPHS } from '$lib/timeline/glyphs';
import { encodeViewState, endOf, startOf, type ViewState } from '$lib/timeline/urlState';
import { countryLabel, formatNumber, typeLabel } from '$lib/i18n/messages';
import { lt } from '$lib/i18n/linkMessages';
import { formatDays } from '$lib/i18n/dates';
import { articleCount, inView } from './subset';
import { EXPORT_THEMES, sourceLine } from './timelineSvgText';
import { linksLayout, type LinksLayout } from './linksSvgLayout';
import { describeLinks } from './linksSvgText';
import { standalone } from './timelineSvg';
import type { LinksExportParams } from './linksSvgParams';
import { LinkView } from '$lib/components/map/linkView.svelte';
import { mapHeight } from '$lib/components/map/mapChart.svelte';
import { DENSE_EDGES, DENSE_NODES, GRAPH_MAX, matrixGeometry, matrixOrder, networkHeight } from '$lib/components/network/networkChart.svelte';
import LinkMapChartSvg from '$lib/components/map/LinkMapChart.svg.svelte';
import NetworkChartSvg from '$lib/components/network/NetworkChart.svg.svelte';

export interface PreparedLinksChart {
	layout: LinksLayout;
	svg: () => string;
}

/** The view's links in its window, and the words around them. */
function common(index: CorpusIndex, state: ViewState, origin: string, path: string) {
	const payload = decodeLinks(linksPayload(index, state));
	const window: [number, number] | null = state.start && state.end ? [dayOf(startOf(state.start)), dayOf(endOf(state.end))] : null;
	const counts = countInWindow(payload, window);
	const shown = inView(index.match(state), state).filter((e) => !(window && e.span.flags & FLAG.undated));
	const query = encodeViewState({ ...state, event: null });
	const source = sourceLine(state.lang, shown.length, articleCount(shown.map((e) => e.event)), `${origin}${path}${query ? `?${query}` : ''}`);
	const types = EVENT_TYPES.map(() => 0);
	let links = 0;
	for (let l = 0; l < counts.link.length; l++) {
		if (!counts.link[l]) continue;
		links++;
		types[payload.links.type[l]!]! += counts.link[l]!;
	}
	const legend = EVENT_TYPES.flatMap((type, k) => (types[k] ? [{ label: typeLabel(state.lang, type), color: GLYPHS[type].color }] : []));
	const period: [number, number] | null = window ?? payload.extent;
	const n = (x: number) => formatNumber(state.lang, x);
	const heading = `${lt(state.lang, 'exportMapHeading', { links: n(links), events: n(counts.events) })}${period ? ` · ${formatDays(period[0], period[1], state.lang)}` : ''}`;
	const colors = EXPORT_THEMES[state.theme ?? 'light'];
	const props = { payload, lang: state.lang, window, actors: state.actors, countries: state.countries, colors, heading };
	return { payload, counts, links, source, types, legend, period, heading, props, n };
}

function busiest(counts: Uint32Array | number[], name: (i: number) => string): { name: string; count: number }[] {
	return [...counts.keys()]
		.filter((i) => counts[i])
		.sort((a, b) => counts[b]! - counts[a]! || a - b)
		.slice(0, 3)
		.map((i) => ({ name: name(i), count: counts[i]! }));
}

export async function prepareMapSvg(index: CorpusIndex, params: LinksExportParams, origin: string): Promise<PreparedLinksChart> {
	const { state } = params;
	const { payload, counts, links, source, types, legend, period, heading, props, n } = common(index, state, origin, '/map');
	const merged = typedArcCount(payload, counts, LinkView.TYPED_ARCS) > LinkView.TYPED_ARCS;
	const pairs = merged ? pairsInWindow(payload, counts, LinkView.PAIR_LIMIT).length : 0;
	const note = `${lt(state.lang, 'legendArc')}. ${lt(state.lang, 'legendShade')}.${merged ? ` ${lt(state.lang, 'mergedNote', { pairs: n(pairs) })}` : ''}`;
	const layout = linksLayout({ width: params.width, height: params.height, plotHeight: mapHeight(params.width), legend, note, source });
	const top = busiest(counts.country, (c) => countryLabel(state.lang, payload.countries[c]!));
	const description = describeLinks({ lang: state.lang, chart: 'map', links, events: counts.events, nodes: 0, period, top, types });
	const shapes = await loadWorld();
	const title = `${lt(state.lang, 'mapTitle')} · ${heading}`;
	return { layout, svg: () => standalone(render(LinkMapChartSvg, { props: { ...props, shapes, zoom: params.zoom, layout, title, description } }).body) };
}

/** Events per node of the network in the window (as NetworkChart.countOf). */
function nodeCounts(payload: LinksPayload, counts: WindowCounts, nodes: ReturnType<typeof buildGraph>['nodes']): number[] {
	return nodes.map((node) => (node.kind === 'country' ? counts.country[node.ref]! : counts.actor[node.ref]!));
}

export function prepareNetworkSvg(index: CorpusIndex, params: LinksExportParams, origin: string): PreparedLinksChart {
	const { state } = params;
	const { payload, counts, links, source, types, legend, period, heading, props } = common(index, state, origin, '/network');
	const graph = buildGraph(payload);
	// As on screen: the matrix when the graph is too dense to read (always when too large to lay out).
	const dense = graph.nodes.length > DENSE_NODES || graph.edges.length > DENSE_EDGES;
	const mode = graph.nodes.length > GRAPH_MAX ? 'matrix' : (params.mode ?? (dense ? 'matrix' : 'graph'));
	const order = mode === 'matrix' ? matrixOrder(payload, 40, 30) : null;
	const plotHeight = order ? matrixGeometry(params.width, order.rows.length, order.cols.length).height : networkHeight(params.width);
	const note = mode === 'graph' ? lt(state.lang, 'legendStructural') : lt(state.lang, 'matrixLabel');
	const layout = linksLayout({ width: params.width, height: params.height, plotHeight, legend, note, source });
	const perNode = nodeCounts(payload, counts, graph.nodes);
	const top = busiest(perNode, (i) => {
		const node = graph.nodes[i]!;
		return node.kind === 'country' ? countryLabel(state.lang, payload.countries[node.ref]!) : payload.actors[node.ref]!.name;
	});
	const description = describeLinks({ lang: state.lang, chart: 'network', links, events: counts.events, nodes: graph.nodes.length, period, top, types });
	const title = `${lt(state.lang, 'networkTitle')} · ${heading}`;
	return { layout, svg: () => standalone(render(NetworkChartSvg, { props: { ...props, mode, layout, title, description } }).body) };
}
