import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { EventsFile } from '$lib/schema/events';
import { FLAG } from '$lib/timeline/span';
import { toTimeSpan } from '$lib/timeline/toTimeSpan';
import { buildLinksPayload } from './payload';
import { buildGraph, layoutGraph } from './graph';

const file = JSON.parse(readFileSync('data/events.json', 'utf8')) as EventsFile;
const actors = new Map(file.actors.map((a) => [a.id, a]));
const payload = buildLinksPayload(
	file.events.map((event) => {
		const s = toTimeSpan(event.date);
		return { event, span: { start: s.start, end: s.end, undated: Boolean(s.flags & FLAG.undated) } };
	}),
	actors
);

describe('buildGraph', () => {
	const graph = buildGraph(payload);
	const key = (k: number) => graph.nodes[k]!.key;
	it('has company, government, person and country nodes', () => {
		const kinds = new Set(graph.nodes.map((n) => n.kind));
		expect([...kinds].sort()).toEqual(['company', 'country', 'government', 'person']);
		expect(graph.nodes.find((n) => n.key === 'a:rudiantara')!.kind).toBe('person');
		expect(graph.nodes.find((n) => n.key === 'a:us-commerce')!.kind).toBe('government');
	});
	it('joins a company to the body that acted, and the body to its country', () => {
		const ban = graph.edges.find((e) => key(e.source) === 'a:huawei' && key(e.target) === 'a:us-commerce');
		expect(ban?.type).toBeGreaterThanOrEqual(0);
		expect(graph.edges.some((e) => e.type < 0 && [key(e.source), key(e.target)].sort().join() === 'a:us-commerce,c:US')).toBe(true);
		// No government side: straight to the country (Huawei negotiating with Russian companies).
		expect(graph.edges.some((e) => key(e.source) === 'a:huawei' && key(e.target) === 'c:RU')).toBe(true);
	});
});

describe('layoutGraph', () => {
	it('is deterministic and settles without overlapping nodes', () => {
		const a = layoutGraph(buildGraph(payload)).map((n) => [n.x, n.y]);
		const b = layoutGraph(buildGraph(payload)).map((n) => [n.x, n.y]);
		expect(a).toEqual(b);
		let closest = Infinity;
		for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) closest = Math.min(closest, Math.hypot(a[i]![0]! - a[j]![0]!, a[i]![1]! - a[j]![1]!));
		expect(closest).toBeGreaterThan(8);
	});
});
