import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type ViewState } from '$lib/timeline/urlState';
import { indexOf } from '$lib/server/corpus';
import { tinyFile } from './fixture.test-data';
import { describeTimeline, fitText, sourceLine, textWidth, timelineFilename, wrapText } from './timelineSvgText';
import { EXPORT_SIZE, parseExportParams, pixelError } from './timelineSvgParams';
import { exportLayout } from './timelineSvgLayout';
import { prepareTimelineSvg } from './timelineSvg';

const state = (over: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_STATE, ...over });
const day = (iso: string) => Date.parse(iso) / 86_400_000;

describe('describeTimeline', () => {
	const base = { group: 'company' as const, count: 23, from: day('2017-07-31'), to: day('2019-05-16'), lanes: 12, top: { name: 'Huawei Technologies', count: 7 }, types: [5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0] };
	it('says what, when, how grouped, the busiest lane and the types, most first', () => {
		expect(describeTimeline({ ...base, lang: 'en' })).toBe(
			'Timeline of 23 events from 31 July 2017 to 16 May 2019 in 12 lanes by company; most events: Huawei Technologies (7). Types: meeting 5, ban or block 3.'
		);
	});
	it('speaks Indonesian', () => {
		expect(describeTimeline({ ...base, lang: 'id' })).toBe(
			'Linimasa 23 peristiwa dari 31 Juli 2017 sampai 16 Mei 2019 dalam 12 lajur menurut perusahaan; peristiwa terbanyak: Huawei Technologies (7). Jenis: pertemuan 5, larangan atau blokir 3.'
		);
	});
	it('handles one event, one lane, and none', () => {
		expect(describeTimeline({ ...base, lang: 'en', count: 1, lanes: 1, group: 'country', types: [1] })).toBe('Timeline of 1 event from 31 July 2017 to 16 May 2019 in 1 lane by country. Types: meeting 1.');
		expect(describeTimeline({ ...base, lang: 'en', count: 0 })).toBe('No dated events in this period.');
	});
});

describe('sourceLine and timelineFilename', () => {
	it('credits the source with the full view', () => {
		expect(sourceLine('en', 23, 5, 'https://x.example/?type=ban')).toBe('Source: Linimasa · 23 events from 5 articles · https://x.example/?type=ban');
		expect(sourceLine('id', 1, 1, 'https://x.example/')).toBe('Sumber: Linimasa · 1 peristiwa dari 1 artikel · https://x.example/');
	});
	it('names files by their filters and window', () => {
		expect(timelineFilename(state(), 'svg')).toBe('linimasa-timeline.svg');
		expect(timelineFilename(state({ types: ['meeting', 'ban'], countries: ['ID'], start: '2017-07-01', end: '2019-06-01', group: 'country' }), 'png')).toBe(
			'linimasa-timeline-ban-meeting-id-2017-07-01-to-2019-06-01-by-country.png'
		);
		const name = timelineFilename(state({ q: 'Ö "quoted" / ../etc', actors: ['a', 'b', 'c', 'd', 'e'] }), 'svg');
		expect(name).toBe('linimasa-timeline-a-b-c-and-2-more-o-quoted-etc.svg');
		expect(name).toMatch(/^[a-z0-9.-]+$/);
	});
});

describe('text fitting', () => {
	it('shortens with an ellipsis only when needed', () => {
		expect(fitText('Telegram', 200, 13)).toBe('Telegram');
		const long = fitText('Ministry of Communication and Information Technology of Indonesia', 150, 13);
		expect(long.endsWith('…')).toBe(true);
		expect(textWidth(long, 13)).toBeLessThanOrEqual(150);
	});
	it('wraps words and splits a long URL', () => {
		const lines = wrapText('Source: Linimasa · 23 events from 5 articles · https://linimasa.example/?type=ban,meeting&country=ID&start=2017-07-01&end=2019-06-01', 300, 11);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(300);
		expect(lines.join(' ').replace(/ /g, '')).toBe('Source:Linimasa·23eventsfrom5articles·https://linimasa.example/?type=ban,meeting&country=ID&start=2017-07-01&end=2019-06-01');
	});
});

describe('parseExportParams', () => {
	const parse = (q: string, format: 'svg' | 'png' = 'svg') => parseExportParams(new URLSearchParams(q), format);
	it('defaults and reads the size', () => {
		expect(parse('').params).toMatchObject({ width: 1200, height: null, scale: 1 });
		expect(parse('width=320&height=500&scale=2', 'png')).toMatchObject({ params: { width: 320, height: 500, scale: 2 }, errors: [] });
		expect(parse('type=ban&start=2017-08-01&end=2017-09-01&theme=dark').params.state).toMatchObject({ types: ['ban'], start: '2017-08-01', theme: 'dark' });
	});
	it.each([
		['width=0', 'width'],
		['width=99999', 'width'],
		['width=319', 'width'],
		['width=12.5', 'width'],
		['width=abc', 'width'],
		['width=800&width=900', 'width'],
		['height=10', 'height'],
		['height=-5', 'height'],
		['type=bogus', 'type'],
		['start=2017-01-01', 'end'],
		['lang=fr', 'lang'],
		['theme=pink', 'theme']
	])('%s is reported as "%s"', (q, param) => {
		expect(parse(q).errors.map((e) => e.param)).toContain(param);
	});
	it('takes scale only for PNG, and only 1 or 2', () => {
		expect(parse('scale=3', 'png').errors.map((e) => e.param)).toEqual(['scale']);
		expect(parse('scale=2', 'svg').errors.map((e) => e.param)).toEqual(['scale']);
		expect(pixelError(4000, 4000, 2)?.param).toBe('scale');
		expect(pixelError(EXPORT_SIZE.width.default, 900, 2)).toBeNull();
	});
});

describe('exportLayout', () => {
	it('is as tall as the lanes, or fits the first lanes in a given height', () => {
		const auto = exportLayout({ width: 1200, height: null, lanes: 5, source: 'Source' });
		expect(auto.lanesShown).toBe(5);
		expect(auto.height).toBe(auto.lanesY + 5 * 54 + 12 + 15 + 6);
		const fixed = exportLayout({ width: 1200, height: 300, lanes: 30, source: 'Source' });
		expect(fixed.height).toBe(300);
		expect(fixed.lanesShown).toBeGreaterThan(0);
		expect(fixed.lanesY + fixed.lanesHeight).toBeLessThanOrEqual(fixed.sourceY);
		expect(exportLayout({ width: 1200, height: null, lanes: 500, source: 'S' }).height).toBeLessThanOrEqual(2400);
		expect(exportLayout({ width: 400, height: null, lanes: 1, source: 'S' })).toMatchObject({ narrow: true, plotX: 12, plotWidth: 376 });
	});
});

describe('prepareTimelineSvg', () => {
	const index = indexOf(tinyFile());
	it('renders a standalone, escaped, deterministic SVG', () => {
		const svg = prepareTimelineSvg(index, state(), { width: 900, height: null }, 'https://x.example').svg();
		expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="900"')).toBe(true);
		expect(svg).toContain('<title');
		expect(svg).toContain('<desc');
		expect(svg).not.toMatch(/<script|<img|<foreignObject|var\(--|<!--/i);
		expect(svg).not.toMatch(/(href|src)="http|url\(http/);
		expect(svg).toContain('Source: Linimasa');
		expect(prepareTimelineSvg(index, state(), { width: 900, height: null }, 'https://x.example').svg()).toBe(svg);
	});
	it('draws one mark per event in view, in literal dark colours', () => {
		const svg = prepareTimelineSvg(index, state({ theme: 'dark' }), { width: 1200, height: null }, 'https://x.example').svg();
		expect(svg).toContain('fill="#14171b"');
		const dated = index.match(state()).filter((e) => e.span.start !== null || e.span.end !== null);
		const ids = new Set([...svg.matchAll(/data-event-id="([^"]+)"/g)].map((m) => m[1]));
		const density = (svg.match(/data-density-lane/g) ?? []).length;
		expect(ids.size).toBeGreaterThan(0);
		if (density === 0) expect(ids.size).toBe(dated.length);
	});
});
