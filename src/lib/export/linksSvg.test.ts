import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type ViewState } from '$lib/timeline/urlState';
import { indexOf } from '$lib/server/corpus';
import { tinyFile } from './fixture.test-data';
import { parseLinksExportParams } from './linksSvgParams';
import { linksLayout, LINKS_LAYOUT } from './linksSvgLayout';
import { describeLinks } from './linksSvgText';
import { prepareMapSvg, prepareNetworkSvg } from './linksSvg';
import { mapHeight } from '$lib/components/map/mapChart.svelte';
import { textWidth } from './timelineSvgText';

const state = (over: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_STATE, ...over });
const day = (iso: string) => Date.parse(iso) / 86_400_000;
const params = (over: Partial<Parameters<typeof prepareMapSvg>[1]> = {}) => ({ state: state(), width: 900, height: null, scale: 1 as const, zoom: null, mode: null, ...over });

describe('parseLinksExportParams', () => {
	const parse = (q: string, chart: 'map' | 'network', format: 'svg' | 'png' = 'svg') => parseLinksExportParams(new URLSearchParams(q), format, chart);
	it('reads the map zoom as a scale and a longitude,latitude centre, both or neither', () => {
		expect(parse('', 'map').params).toMatchObject({ zoom: null, mode: null, width: 1200 });
		expect(parse('zoom=2.5&center=118.25,-2', 'map').params.zoom).toEqual({ k: 2.5, center: [118.25, -2] });
		expect(parse('zoom=2', 'map').errors).toEqual([{ param: 'center', message: 'give zoom and center together' }]);
		expect(parse('zoom=0.5&center=0,0', 'map').errors[0]!.param).toBe('zoom');
		expect(parse('zoom=2&center=200,0', 'map').errors[0]!.param).toBe('center');
		expect(parse('zoom=2&center=1,2,3', 'map').errors[0]!.param).toBe('center');
		expect(parse('zoom=2&center=abc', 'map').errors[0]!.message).toContain('longitude,latitude');
	});
	it('reads the network mode, and refuses the other chart\'s parameters', () => {
		expect(parse('mode=matrix', 'network').params.mode).toBe('matrix');
		expect(parse('mode=tree', 'network').errors).toEqual([{ param: 'mode', message: '"tree" is not graph or matrix' }]);
		expect(parse('mode=graph', 'map').errors).toEqual([{ param: 'mode', message: 'only for the network export' }]);
		expect(parse('zoom=2&center=0,0', 'network').errors.map((e) => e.param)).toEqual(['zoom', 'center']);
		expect(parse('width=10&type=nope', 'map').errors.map((e) => e.param).sort()).toEqual(['type', 'width']);
		expect(parse('scale=2', 'network', 'svg').errors[0]!.param).toBe('scale');
	});
});

describe('linksLayout', () => {
	const legend = ['Meeting', 'Summons', 'Negotiation', 'Agreement', 'Expansion', 'Investigation', 'Ban or block'].map((label) => ({ label, color: '#000' }));
	it('wraps the legend inside the width and stacks legend, note and source under the plot', () => {
		const l = linksLayout({ width: 390, height: null, plotHeight: 273, legend, note: 'Arc: from a company’s home country to the counterpart.', source: 'Source: Linimasa · 3 events from 2 articles · https://x.example/map' });
		expect(l.plotHeight).toBe(273);
		expect(new Set(l.legend.map((e) => e.y)).size).toBeGreaterThan(1);
		for (const e of l.legend) expect(e.x + LINKS_LAYOUT.swatch + 5 + textWidth(e.label, LINKS_LAYOUT.legendSize)).toBeLessThanOrEqual(390 - LINKS_LAYOUT.margin);
		expect(Math.min(...l.legend.map((e) => e.y))).toBeGreaterThanOrEqual(l.plotY + l.plotHeight);
		expect(l.noteY).toBeGreaterThan(Math.max(...l.legend.map((e) => e.y)));
		expect(l.sourceY).toBeGreaterThan(l.noteY);
		expect(l.sourceY + (l.sourceLines.length - 1) * LINKS_LAYOUT.lineHeight).toBeLessThan(l.height);
	});
	it('fits the plot to an asked-for height, and grows one too small for its legend', () => {
		const l = linksLayout({ width: 1000, height: 700, plotHeight: 500, legend, note: 'N', source: 'S' });
		expect(l.height).toBe(700);
		expect(l.plotHeight).toBeGreaterThan(500);
		const tiny = linksLayout({ width: 320, height: 200, plotHeight: 260, legend, note: 'N', source: 'S' });
		expect(tiny.plotHeight).toBe(LINKS_LAYOUT.minPlot);
		expect(tiny.height).toBeGreaterThan(200);
	});
});

describe('describeLinks', () => {
	const base = { chart: 'map' as const, links: 31, events: 22, nodes: 0, period: [day('2017-07-31'), day('2019-05-16')] as [number, number], top: [{ name: 'China', count: 9 }, { name: 'Indonesia', count: 8 }], types: [5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3] };
	it('says what the map shows, when, the busiest countries and the types', () => {
		expect(describeLinks({ ...base, lang: 'en' })).toBe(
			'World map of 31 company–country links from 22 events from 31 July 2017 to 16 May 2019. Countries touched by the most events: China (9), Indonesia (8). Types: meeting 5, ban or block 3.'
		);
		expect(describeLinks({ ...base, lang: 'id', period: null, types: [] })).toBe('Peta dunia 31 hubungan perusahaan–negara dari 22 peristiwa. Negara dengan peristiwa terbanyak: China (9), Indonesia (8).');
	});
	it('describes a network by its nodes, and an empty view as such', () => {
		expect(describeLinks({ ...base, lang: 'en', chart: 'network', nodes: 40, top: [{ name: 'Telegram', count: 4 }], types: [] })).toBe(
			'Network of 40 companies, government bodies, people and countries with 31 links from 22 events from 31 July 2017 to 16 May 2019. Most linked: Telegram (4).'
		);
		expect(describeLinks({ ...base, lang: 'en', links: 0 })).toBe('No links in this window.');
	});
});

describe('prepareMapSvg and prepareNetworkSvg', () => {
	const index = indexOf(tinyFile());
	it('render the map as a standalone, escaped, deterministic SVG with the ban arc from China to Indonesia', async () => {
		const chart = await prepareMapSvg(index, params(), 'https://x.example');
		const svg = chart.svg();
		expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="900"')).toBe(true);
		expect(svg).toContain(`height="${chart.layout.height}"`);
		expect(chart.layout.plotHeight).toBe(mapHeight(900));
		expect(svg).toMatch(/<title id="linimasa-title">Map of links · 1 links from 1 events/);
		expect(svg).toMatch(/<desc id="linimasa-desc">World map of 1 company–country links from 1 events/);
		expect(svg).toMatch(/data-arc="CN(&gt;|>)ID"/);
		expect(svg).toMatch(/data-company="(wechat|tencent)"/);
		expect(svg).not.toMatch(/<script|<img|<foreignObject|var\(--|<!--|onerror=/i);
		expect(svg).not.toMatch(/(href|src)="http|url\(http/);
		expect(svg).toContain('Source: Linimasa');
		expect((await prepareMapSvg(index, params(), 'https://x.example')).svg()).toBe(svg);
	});
	it('puts the asked-for centre in the middle of the map at the asked-for zoom', async () => {
		const svg = (await prepareMapSvg(index, params({ zoom: { k: 4, center: [113.9, -0.8] } }), 'https://x.example')).svg();
		expect(svg).toMatch(/data-layer="countries"[^>]*/);
		expect(svg).toMatch(/transform="translate\([-\d.]+,[-\d.]+\) scale\(4\)"/);
		const id = svg.match(/data-country-point="ID" cx="([\d.]+)" cy="([\d.]+)"/);
		expect(id).not.toBeNull();
		expect(Math.abs(Number(id![1]) - 450)).toBeLessThan(40);
	});
	it('render the network with typed, directed edges and escaped names, or the matrix', () => {
		const graph = prepareNetworkSvg(index, params({ state: state({ theme: 'dark', lang: 'id' }) }), 'https://x.example').svg();
		expect(graph).toMatch(/<title id="linimasa-title">Jaringan hubungan/);
		expect(graph).toContain('fill="#14171b"');
		expect(graph).toMatch(/data-edge="[^"]+\|ban"/);
		expect(graph).toContain('<polygon');
		expect(graph).not.toMatch(/<script|<img|onerror="|var\(--/i);
		const matrix = prepareNetworkSvg(index, params({ mode: 'matrix' }), 'https://x.example').svg();
		expect(matrix).toMatch(/data-cell="[^"|]+\|ID"/);
		expect(matrix).not.toContain('data-edge');
	});
});
