/**
 * The network's geometry: the graph of the payload, its seeded force layout fitted to the
 * container, edge and node state in the window (counts, highlight, selection), arrowheads and
 * non-overlapping labels. d3 computes here, in $derived; NetworkGraph.svg.svelte only draws, on
 * screen and in the exported file.
 */
import { getContext, setContext } from 'svelte';
import { countInWindow } from '$lib/links/aggregate';
import type { LinksPayload } from '$lib/links/payload';
import { buildGraph, layoutGraph, type GraphEdge, type GraphNode } from '$lib/links/graph';
import { arcWidth, arrowHead, type Point } from '$lib/links/geometry';
import { countryLabel } from '$lib/i18n/messages';
import type { Item, LinkView } from '$lib/components/map/linkView.svelte';

const KEY = Symbol('network');
/** Above these, the graph is a hairball: the matrix is shown (the graph can still be asked for up to GRAPH_MAX nodes). */
export const DENSE_NODES = 160;
export const DENSE_EDGES = 500;
export const GRAPH_MAX = 600;

/** The drawing's height for a width (as tall on screen as in an exported file). */
export function networkHeight(width: number): number {
	return Math.round(Math.max(360, Math.min(640, width * 0.62)));
}

/** The matrix's rows (busiest companies) and columns (busiest counterpart countries), by all-time counts. */
export function matrixOrder(p: LinksPayload, rows: number, cols: number): { rows: number[]; cols: number[] } {
	const all = countInWindow(p, null);
	const byCompany = new Map<number, number>();
	const byCountry = new Map<number, number>();
	for (let l = 0; l < p.links.type.length; l++) {
		const co = p.links.company[l]!;
		if (co < 0) continue;
		byCompany.set(co, (byCompany.get(co) ?? 0) + all.link[l]!);
		byCountry.set(p.links.country[l]!, (byCountry.get(p.links.country[l]!) ?? 0) + all.link[l]!);
	}
	const top = (m: Map<number, number>, n: number) => [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, n).map(([k]) => k);
	return { rows: top(byCompany, rows), cols: top(byCountry, cols) };
}

/** The matrix's label column, header, cell size and height for a width and its rows and columns. */
export function matrixGeometry(width: number, rows: number, cols: number): { labelW: number; headH: number; size: number; height: number } {
	const labelW = width < 500 ? 96 : 150;
	const headH = 92;
	const size = Math.max(10, Math.min(22, (width - labelW - 8) / Math.max(1, cols)));
	return { labelW, headH, size, height: headH + size * rows + 4 };
}

export interface EdgeMark {
	edge: GraphEdge;
	a: Point;
	b: Point;
	/** Events in the window (0: drawn faint). */
	count: number;
	width: number;
	/** Arrowhead at the target end (typed edges only). */
	head: [Point, Point, Point] | null;
}

export class NetworkChart {
	width = $state(0);
	/** A height that overrides the width's (an exported file of a given size). */
	fixedHeight = $state<number | null>(null);
	readonly view: LinkView;

	constructor(view: LinkView) {
		this.view = view;
	}

	readonly height = $derived(this.fixedHeight ?? networkHeight(this.width));
	readonly graph = $derived.by(() => buildGraph(this.view.payload));
	readonly dense = $derived(this.graph.nodes.length > DENSE_NODES || this.graph.edges.length > DENSE_EDGES);
	readonly canGraph = $derived(this.graph.nodes.length <= GRAPH_MAX);

	/** Settled positions, computed once per graph (not per window or size), only when read. */
	readonly positions = $derived.by(() => {
		const started = performance.now();
		const nodes = layoutGraph(this.graph);
		if (typeof window !== 'undefined') (window as unknown as { __linimasaNetworkLayout?: number }).__linimasaNetworkLayout = performance.now() - started;
		let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
		for (const n of nodes) {
			x0 = Math.min(x0, n.x); x1 = Math.max(x1, n.x); y0 = Math.min(y0, n.y); y1 = Math.max(y1, n.y);
		}
		return { nodes, box: [x0, y0, x1, y1] as const };
	});

	/** Node position in container pixels. */
	readonly fit = $derived.by(() => {
		const [x0, y0, x1, y1] = this.positions.box;
		const pad = 40;
		const k = Math.min((this.width - pad * 2) / Math.max(1, x1 - x0), (this.height - pad * 2) / Math.max(1, y1 - y0), 3);
		const ox = (this.width - (x1 - x0) * k) / 2 - x0 * k;
		const oy = (this.height - (y1 - y0) * k) / 2 - y0 * k;
		return (n: GraphNode): Point => [n.x * k + ox, n.y * k + oy];
	});

	edgeCount = (e: GraphEdge) => e.links.reduce((s, l) => s + this.view.counts.link[l]!, 0);
	readonly maxEdge = $derived(this.graph.edges.reduce((m, e) => Math.max(m, this.edgeCount(e)), 0));
	itemOf = (n: GraphNode): Item => (n.kind === 'country' ? { kind: 'country', c: n.ref } : { kind: 'actor', a: n.ref });
	nameOf = (n: GraphNode) => (n.kind === 'country' ? this.view.countryName(n.ref) : this.view.actorName(n.ref));
	countOf = (n: GraphNode) => (n.kind === 'country' ? this.view.counts.country[n.ref]! : this.view.counts.actor[n.ref]!);
	edgeItem = (e: GraphEdge): Item => ({ kind: 'links', links: e.links, label: `${this.nameOf(this.graph.nodes[e.source]!)} → ${this.nameOf(this.graph.nodes[e.target]!)}` });
	lit = (e: GraphEdge) => !this.view.highlight || e.links.some((l) => this.view.highlight!.has(l));
	selectedNode = (n: GraphNode) =>
		n.kind === 'country' ? this.view.selectedCountries.includes(this.view.payload.countries[n.ref]!) : this.view.selectedActors.includes(this.view.payload.actors[n.ref]!.id);
	radius = (n: GraphNode) => (n.kind === 'country' ? 9 : 6);

	/** Edges as drawn: ends in pixels, width by events in the window, an arrow into the target. */
	readonly edges: EdgeMark[] = $derived.by(() =>
		this.graph.edges.map((edge) => {
			const a = this.fit(this.graph.nodes[edge.source]!);
			const centre = this.fit(this.graph.nodes[edge.target]!);
			const count = edge.type < 0 ? 0 : this.edgeCount(edge);
			const width = count ? arcWidth(count, this.maxEdge, 1.5, 7) : 1;
			if (edge.type < 0) return { edge, a, b: centre, count, width, head: null };
			// The arrow's tip touches the target's rim; the line stops at the arrow's base.
			const dx = centre[0] - a[0];
			const dy = centre[1] - a[1];
			const l = Math.hypot(dx, dy) || 1;
			const back = this.radius(this.graph.nodes[edge.target]!) + 2;
			const tip: Point = [centre[0] - (dx / l) * back, centre[1] - (dy / l) * back];
			const size = 3 + width * 0.45;
			const b: Point = [tip[0] - (dx / l) * size * 1.2, tip[1] - (dy / l) * size * 1.2];
			return { edge, a, b, count, width, head: arrowHead(a, tip, size) };
		})
	);

	/** Nodes touched by the highlighted links. */
	readonly litNodes = $derived.by(() => {
		if (!this.view.highlight) return null;
		const set = new Set<number>();
		const { nodes, edges } = this.graph;
		edges.forEach((e) => {
			if (e.type >= 0 && this.lit(e) && this.edgeCount(e)) {
				set.add(e.source);
				set.add(e.target);
			}
		});
		// Structural neighbours of lit nodes (a body's country).
		edges.forEach((e) => {
			if (e.type < 0 && set.has(e.source) && nodes[e.target]!.kind === 'country' && nodes[e.source]!.kind !== 'company') set.add(e.target);
		});
		return set;
	});

	/** Labels, busiest node first (lit ones before all when something is hovered), never overlapping. */
	readonly labels = $derived.by(() => {
		const out: { i: number; x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string }[] = [];
		const { width, height, graph, litNodes } = this;
		const boxes: [number, number, number, number][] = [];
		const free = (x: number, y: number, w: number, h: number) => x >= 0 && x + w <= width && y >= 0 && y + h <= height && !boxes.some(([bx, by, bw, bh]) => x < bx + bw && bx < x + w && y < by + bh && by < y + h);
		// Nodes themselves are obstacles.
		for (const n of graph.nodes) {
			const [x, y] = this.fit(n);
			boxes.push([x - 6, y - 6, 12, 12]);
		}
		const order = graph.nodes
			.map((_, i) => i)
			.sort((a, b) => Number(litNodes?.has(b) ?? 0) - Number(litNodes?.has(a) ?? 0) || this.countOf(graph.nodes[b]!) - this.countOf(graph.nodes[a]!) || a - b);
		const limit = Math.max(12, Math.floor(width / 16));
		for (const i of order) {
			if (out.length >= limit) break;
			const n = graph.nodes[i]!;
			const text = n.kind === 'country' ? countryLabel(this.view.lang, this.view.payload.countries[n.ref]!) : this.nameOf(n);
			const w = text.length * 6.4 + 4;
			const [x, y] = this.fit(n);
			const options: [number, number, 'start' | 'middle' | 'end'][] = [
				[x + 10, y - 7, 'start'],
				[x - w / 2, y + 10, 'middle'],
				[x - 10 - w, y - 7, 'end'],
				[x - w / 2, y - 24, 'middle']
			];
			for (const [bx, by, anchor] of options) {
				if (!free(bx, by, w, 14)) continue;
				boxes.push([bx, by, w, 14]);
				out.push({ i, x: anchor === 'start' ? bx + 2 : anchor === 'end' ? bx + w - 2 : bx + w / 2, y: by + 11, anchor, text });
				break;
			}
		}
		return out;
	});

	/** The node's glyph: circle (company, country), square (government body), triangle (person). */
	symbol(n: GraphNode): string {
		const r = this.radius(n);
		if (n.kind === 'government') return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
		if (n.kind === 'person') return `M0,${-r * 1.15}L${r * 1.1},${r * 0.85}L${-r * 1.1},${r * 0.85}Z`;
		return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
	}
}

export function setNetworkChart(chart: NetworkChart): NetworkChart {
	return setContext(KEY, chart);
}
export function getNetworkChart(): NetworkChart {
	return getContext<NetworkChart>(KEY);
}
