/**
 * The network view's graph, built from a links payload: company, government-body, person and
 * country nodes; typed edges are the links (company to the government side that acted, or to the
 * country when none did; country to country between governments); grey structural edges tie a
 * company to its home country and a body or official to its country. The layout is a d3-force
 * simulation run to rest synchronously with a seeded random source: same graph, same picture.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { LinksPayload } from './payload';

export type NodeKind = 'company' | 'government' | 'person' | 'country';

export interface GraphNode extends SimulationNodeDatum {
	key: string;
	kind: NodeKind;
	/** Index into payload.actors, or into payload.countries for a country. */
	ref: number;
	x: number;
	y: number;
}

export interface GraphEdge {
	source: number;
	target: number;
	/** Event type index; -1 for a structural edge. */
	type: number;
	/** Payload link indices behind a typed edge. */
	links: number[];
}

export interface Graph {
	nodes: GraphNode[];
	edges: GraphEdge[];
}

export function buildGraph(p: LinksPayload): Graph {
	const nodes: GraphNode[] = [];
	const index = new Map<string, number>();
	const node = (kind: NodeKind, ref: number) => {
		const key = kind === 'country' ? `c:${p.countries[ref]}` : `a:${p.actors[ref]!.id}`;
		let k = index.get(key);
		if (k === undefined) {
			k = nodes.length;
			nodes.push({ key, kind, ref, x: 0, y: 0 });
			index.set(key, k);
		}
		return k;
	};
	const countryRef = new Map(p.countries.map((c, k) => [c, k]));
	const edges = new Map<string, GraphEdge>();
	const edge = (a: number, b: number, type: number, link: number | null) => {
		const key = type < 0 ? `${Math.min(a, b)}-${Math.max(a, b)}:s` : `${a}-${b}:${type}`;
		let e = edges.get(key);
		if (!e) {
			e = { source: a, target: b, type, links: [] };
			edges.set(key, e);
		}
		if (link !== null && !e.links.includes(link)) e.links.push(link);
	};
	for (let l = 0; l < p.links.type.length; l++) {
		const co = p.links.company[l]!;
		const type = p.links.type[l]!;
		const home = node('country', p.links.home[l]!);
		const country = node('country', p.links.country[l]!);
		if (co < 0) {
			edge(home, country, type, l);
			continue;
		}
		const kind = p.actors[co]!.kind;
		const company = node(kind === 'company' || kind === 'product' ? 'company' : 'government', co);
		edge(company, home, -1, null);
		const via = p.links.via[l]!;
		if (!via.length) edge(company, country, type, l);
		for (const v of via) {
			const a = p.actors[v]!;
			const n = node(a.kind === 'person' ? 'person' : 'government', v);
			edge(company, n, type, l);
			const own = a.country ? countryRef.get(a.country) : undefined;
			edge(n, own !== undefined ? node('country', own) : country, -1, null);
		}
	}
	return { nodes, edges: [...edges.values()] };
}

/** A seeded generator (LCG, as d3-force's own default) so layouts repeat exactly. */
function lcg(seed: number) {
	let s = seed >>> 0;
	return () => ((s = (1664525 * s + 1013904223) >>> 0) / 4294967296);
}

/** Positions for the nodes (mutates and returns them), in an abstract unit space around 0. */
export function layoutGraph(graph: Graph, ticks = 300): GraphNode[] {
	const nodes = graph.nodes;
	// Deterministic start: the sunflower d3 uses, in node order.
	nodes.forEach((n, i) => {
		const r = 10 * Math.sqrt(0.5 + i);
		const a = i * Math.PI * (3 - Math.sqrt(5));
		n.x = r * Math.cos(a);
		n.y = r * Math.sin(a);
		n.vx = 0;
		n.vy = 0;
	});
	const pairs = new Map<string, { source: number; target: number; structural: boolean }>();
	for (const e of graph.edges) {
		const key = `${Math.min(e.source, e.target)}-${Math.max(e.source, e.target)}`;
		const prev = pairs.get(key);
		if (!prev) pairs.set(key, { source: e.source, target: e.target, structural: e.type < 0 });
		else if (e.type >= 0) prev.structural = false;
	}
	const simulation = forceSimulation(nodes)
		.randomSource(lcg(42))
		.force(
			'link',
			forceLink([...pairs.values()])
				.distance((l) => (l.structural ? 34 : 80))
				.strength((l) => (l.structural ? 0.9 : 0.35))
		)
		.force('charge', forceManyBody().strength(-260).distanceMax(500))
		.force('collide', forceCollide<GraphNode>((n) => (n.kind === 'country' ? 20 : 12)))
		.force('x', forceX(0).strength(0.05))
		.force('y', forceY(0).strength(0.05))
		.stop();
	simulation.tick(ticks);
	return nodes;
}
