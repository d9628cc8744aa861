import { EVENT_TYPES } from '$lib/timeline/eventTypes';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Actor, Event, EventsFile } from '$lib/schema/events';
import { FLAG } from '$lib/timeline/span';
import { toTimeSpan } from '$lib/timeline/toTimeSpan';
import { deriveLinks, eventLinks, inWindow, type LinkEvent } from './links';
import { buildLinksPayload } from './payload';
import { arcsOf, countInWindow } from './aggregate';

const file = JSON.parse(readFileSync('data/events.json', 'utf8')) as EventsFile;
const actors = new Map(file.actors.map((a) => [a.id, a]));
const asLinkEvent = (event: Event): LinkEvent => {
	const span = toTimeSpan(event.date);
	return { event, span: { start: span.start, end: span.end, undated: Boolean(span.flags & FLAG.undated) } };
};
const seeds = file.events.map(asLinkEvent);
const day = (iso: string) => Date.parse(iso) / 86_400_000;

const actor = (a: Partial<Actor> & Pick<Actor, 'id' | 'kind'>): Actor => ({ name: a.id, country: null, aliases: [], origin: 'gazetteer', ...a });
const event = (e: Partial<Event> & Pick<Event, 'id' | 'type' | 'actors'>): Event => ({
	cameo: '040',
	date: null,
	dateBasis: 'none',
	duration: null,
	status: 'occurred',
	countries: [],
	location: null,
	sources: [{ article: 'a', quote: 'q', start: 0, end: 1, dateText: null }],
	confidence: 1,
	title: { en: e.id, id: e.id },
	...e
});

describe('deriveLinks on the seed articles', () => {
	const links = deriveLinks(seeds, actors);
	const find = (company: string | null, country: string, type: string) => links.find((l) => l.company === company && l.country === country && l.type === type);

	it('links Huawei (China) to Russia by its negotiations with Russian companies', () => {
		const l = find('huawei', 'RU', 'negotiation');
		expect(l).toMatchObject({ home: 'CN', count: 2 });
		expect(l!.events.sort()).toEqual(['undated-negotiation-aurora-huawei', 'undated-negotiation-basalt-spo-huawei']);
	});
	it('links Huawei to the United States by the Commerce Department ban', () => {
		expect(find('huawei', 'US', 'ban')).toMatchObject({ home: 'CN', count: 1, first: day('2019-05-16'), last: day('2019-05-16'), via: ['us-commerce'] });
	});
	it('links Telegram to Indonesia by the block, the meetings and the agreement', () => {
		expect(find('telegram', 'ID', 'ban')).toMatchObject({ home: 'AE', count: 1 });
		expect(find('telegram', 'ID', 'meeting')).toMatchObject({ home: 'AE', count: 2 });
		expect(find('telegram', 'ID', 'agreement')).toMatchObject({ home: 'AE', count: 1, first: day('2017-08-01') });
		// Rudiantara speaks for Kominfo: he is on the government side, not a company.
		expect(find('telegram', 'ID', 'meeting')!.via).toEqual(['id-kominfo', 'rudiantara']);
	});
	it('links Xiaomi to Taiwan by its investigation, and Line to China by its ban', () => {
		expect(find('xiaomi', 'TW', 'investigation')).toMatchObject({ home: 'CN', via: ['gov-tw'] });
		expect(find('line', 'CN', 'ban')).toMatchObject({ home: 'JP', via: ['gov-cn'] });
	});
	it('counts a product as its maker (WeChat is Tencent)', () => {
		expect(find('tencent', 'TW', 'advisory')).toMatchObject({ home: 'CN' });
		expect(links.some((l) => l.company === 'wechat')).toBe(false);
	});
	it('links countries for government-to-government events', () => {
		expect(find(null, 'RU', 'meeting')).toMatchObject({ home: 'CN', via: ['gov-cn', 'gov-ru'] });
		expect(find(null, 'US', 'meeting')).toMatchObject({ home: 'CN' });
	});
	it('takes where a company expands as the counterpart', () => {
		for (const c of ['ID', 'IN', 'MY', 'PH', 'SG']) expect(find('xiaomi', c, 'expansion')).toBeTruthy();
		expect(find('blackberry', 'ID', 'expansion')).toMatchObject({ home: 'CA' });
	});
	it('never links a company to a person who works for it (John Chen is BlackBerry)', () => {
		const l = find('blackberry', 'ID', 'meeting');
		expect(l!.via).toEqual(['id-kominfo', 'rudiantara']);
		expect(find('blackberry', 'US', 'meeting')).toBeUndefined();
	});
	it('makes no link for a company without a home country', () => {
		expect(links.some((l) => l.company === 'elbrus' || l.company === 'alt')).toBe(false);
	});
	it('honours a time window: the 2019 ban is outside 2017, and undated events drop out', () => {
		const in2017 = deriveLinks(seeds, actors, [day('2017-01-01'), day('2017-12-31')]);
		expect(in2017.some((l) => l.company === 'huawei')).toBe(false);
		expect(in2017.find((l) => l.company === 'telegram' && l.type === 'ban')).toBeTruthy();
		expect(in2017.some((l) => l.company === 'xiaomi')).toBe(false);
	});
	it('is deterministic and sorted by count', () => {
		expect(deriveLinks(seeds, actors)).toEqual(links);
		for (let i = 1; i < links.length; i++) expect(links[i - 1]!.count).toBeGreaterThanOrEqual(links[i]!.count);
	});
});

describe('eventLinks rules', () => {
	const map = new Map(
		[
			actor({ id: 'acme', kind: 'company', country: 'US' }),
			actor({ id: 'acme-app', kind: 'product', parent: 'acme' }),
			actor({ id: 'sub', kind: 'company', parent: 'acme' }),
			actor({ id: 'gov-fr', kind: 'government', country: 'FR' }),
			actor({ id: 'gov-us', kind: 'government', country: 'US' }),
			actor({ id: 'gov-de', kind: 'government', country: 'DE' }),
			actor({ id: 'beta', kind: 'company', country: 'KR' })
		].map((a) => [a.id, a])
	);
	it('takes the home country from the owner when the company has none', () => {
		const links = eventLinks(event({ id: 'e', type: 'fine', actors: [{ id: 'gov-fr', role: 'actor' }, { id: 'sub', role: 'target' }] }), map);
		expect(links).toEqual([{ company: 'sub', home: 'US', country: 'FR', type: 'fine', via: ['gov-fr'] }]);
	});
	it('makes a domestic link when the home government acts', () => {
		const links = eventLinks(event({ id: 'e', type: 'lawsuit', actors: [{ id: 'gov-us', role: 'actor' }, { id: 'acme-app', role: 'target' }] }), map);
		expect(links).toEqual([{ company: 'acme', home: 'US', country: 'US', type: 'lawsuit', via: ['gov-us'] }]);
	});
	it('links two companies to each other’s countries when no government is involved', () => {
		const links = eventLinks(event({ id: 'e', type: 'acquisition', actors: [{ id: 'acme', role: 'actor' }, { id: 'beta', role: 'target' }] }), map);
		expect(links.map((l) => `${l.company}:${l.home}>${l.country}`)).toEqual(['acme:US>KR', 'beta:KR>US']);
	});
	it('falls back to the location, then the event countries', () => {
		expect(eventLinks(event({ id: 'e', type: 'meeting', actors: [{ id: 'acme', role: 'actor' }], location: { country: 'JP', place: null }, countries: ['JP', 'US'] }), map)[0]!.country).toBe('JP');
		expect(eventLinks(event({ id: 'e', type: 'expansion', actors: [{ id: 'acme', role: 'actor' }], countries: ['BR', 'US'] }), map)[0]!.country).toBe('BR');
	});
	it('directs government-to-government links from actor to target', () => {
		const links = eventLinks(event({ id: 'e', type: 'accusation', actors: [{ id: 'gov-de', role: 'actor' }, { id: 'gov-fr', role: 'target' }] }), map);
		expect(links).toEqual([{ company: null, home: 'DE', country: 'FR', type: 'accusation', via: ['gov-de', 'gov-fr'] }]);
	});
	it('ignores an event of one government alone', () => {
		expect(eventLinks(event({ id: 'e', type: 'advisory', actors: [{ id: 'gov-de', role: 'actor' }] }), map)).toEqual([]);
	});
	it('windows open-ended spans by their known side', () => {
		expect(inWindow({ start: null, end: 100, undated: false }, [50, 60])).toBe(true);
		expect(inWindow({ start: null, end: 100, undated: false }, [101, 200])).toBe(false);
		expect(inWindow({ start: 100, end: null, undated: false }, [0, 99])).toBe(false);
		expect(inWindow({ start: null, end: null, undated: true }, [0, 99])).toBe(false);
		expect(inWindow({ start: null, end: null, undated: true }, null)).toBe(true);
	});
});

describe('payload and window counts', () => {
	const payload = buildLinksPayload(seeds, actors);
	it('agrees with deriveLinks for every window', () => {
		for (const window of [null, [day('2017-01-01'), day('2017-12-31')], [day('2019-01-01'), day('2019-12-31')]] as const) {
			const counts = countInWindow(payload, window as [number, number] | null);
			const expected = deriveLinks(seeds, actors, window as [number, number] | null);
			const got = new Map<string, [number, number | null, number | null]>();
			const day = (d: number) => (Number.isFinite(d) ? d : null);
			for (let l = 0; l < counts.link.length; l++) {
				if (!counts.link[l]) continue;
				const co = payload.links.company[l]!;
				const key = `${co < 0 ? `~${payload.countries[payload.links.home[l]!]}` : payload.actors[co]!.id}>${payload.countries[payload.links.country[l]!]}`;
				got.set(`${key}:${EVENT_TYPES[payload.links.type[l]!]}`, [counts.link[l]!, day(counts.first[l]!), day(counts.last[l]!)]);
			}
			expect(got.size).toBe(expected.length);
			// Same events, first and last day per link (read lazily from the counts).
			for (const link of expected) expect(got.get(link.key), link.key).toEqual([link.count, link.first, link.last]);
		}
	});
	it('counts distinct events per country and merges arcs per country pair and type', () => {
		const counts = countInWindow(payload, null);
		const id = payload.countries.indexOf('ID');
		// Events touching Indonesia: the Telegram, BlackBerry, Facebook, summons and Xiaomi events.
		const touching = seeds.filter(({ event }) => eventLinks(event, actors).some((l) => l.home === 'ID' || l.country === 'ID'));
		expect(counts.country[id]).toBe(touching.length);
		const arcs = arcsOf(payload, counts);
		const summons = arcs.filter((a) => payload.countries[a.country] === 'ID' && a.type === 1);
		// Facebook, Google and Twitter (US) and Line (JP) summoned: two arcs, US->ID of 3 and JP->ID of 1.
		expect(summons.map((a) => [payload.countries[a.home], a.count]).sort()).toEqual([['JP', 1], ['US', 3]]);
	});
});

describe('pairsOf', () => {
	it('merges arcs of one country pair and colours them by the busiest type', async () => {
		const { pairsOf } = await import('./aggregate');
		const arcs = [
			{ key: 'a', home: 0, country: 1, type: 2, count: 3, links: [0] },
			{ key: 'b', home: 0, country: 1, type: 5, count: 1, links: [1] },
			{ key: 'c', home: 1, country: 0, type: 5, count: 1, links: [2] }
		];
		const pairs = pairsOf(arcs, 10);
		expect(pairs[0]).toMatchObject({ home: 0, country: 1, type: 2, count: 4, links: [0, 1] });
		expect(pairs).toHaveLength(2);
		expect(pairsOf(arcs, 1)).toHaveLength(1);
	});
});

describe('encodeLinks / decodeLinks', () => {
	it('round-trips a payload, open sides and undated events included', async () => {
		const { encodeLinks, decodeLinks } = await import('./payload');
		const payload = buildLinksPayload(seeds, actors);
		const wire = JSON.parse(JSON.stringify(encodeLinks(payload)));
		expect(decodeLinks(wire)).toEqual(payload);
		expect(wire.events.openStart.length).toBeGreaterThan(0);
		expect(wire.events.undated.length).toBeGreaterThan(0);
	});
});

describe('pairsInWindow', () => {
	it('agrees with pairsOf over arcsOf', async () => {
		const { pairsOf, pairsInWindow } = await import('./aggregate');
		const payload = buildLinksPayload(seeds, actors);
		const counts = countInWindow(payload, null);
		const strip = (a: { home: number; country: number; type: number; count: number; links: number[] }) => ({ home: a.home, country: a.country, type: a.type, count: a.count, links: [...a.links].sort((x, y) => x - y) });
		const slow = pairsOf(arcsOf(payload, counts), 100).map(strip);
		const fast = pairsInWindow(payload, counts, 100).map(strip);
		expect(new Set(fast.map((a) => JSON.stringify(a)))).toEqual(new Set(slow.map((a) => JSON.stringify(a))));
	});
});

describe('topIds', () => {
	it('keeps what sorting by total (then id) and slicing keeps', async () => {
		const { topIds } = await import('./aggregate');
		// Seeded: totals skewed towards small whole numbers, so ties at the cut-off are common.
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
		for (const [n, limit, spread] of [[0, 5, 60], [3, 5, 60], [5, 5, 60], [200, 10, 60], [5000, 400, 60], [5000, 4999, 60], [100, 10, 100000]] as [number, number, number][]) {
			const total = new Float64Array(20000);
			const ids: number[] = [];
			while (ids.length < n) {
				const id = Math.floor(random() * total.length);
				if (total[id]) continue;
				total[id] = 1 + Math.floor(random() ** 4 * spread);
				ids.push(id);
			}
			const expected = [...ids].sort((a, b) => total[b]! - total[a]! || a - b).slice(0, limit);
			expect(topIds([...ids], total, limit)).toEqual(expected);
		}
	});
});
