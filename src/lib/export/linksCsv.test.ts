import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { EventsFile } from '$lib/schema/events';
import { deriveLinks } from '$lib/links/links';
import { CorpusIndex } from '$lib/server/corpus';
import { DEFAULT_STATE } from '$lib/timeline/urlState';
import { FLAG } from '$lib/timeline/span';
import { LINK_CSV_COLUMNS, linksCsv } from './linksCsv';

const file = EventsFile.parse(JSON.parse(readFileSync('data/events.json', 'utf8')));
const index = new CorpusIndex(file);
const events = index.match(DEFAULT_STATE).map((e) => ({ event: e.event, span: { start: e.span.start, end: e.span.end, undated: Boolean(e.span.flags & FLAG.undated) } }));

describe('links CSV of the seed corpus', () => {
	const rows = parse(linksCsv(deriveLinks(events, index.actors), index.actors), { columns: true }) as Record<string, string>[];

	it('has its header and one row per link, readable by a CSV parser', () => {
		expect(Object.keys(rows[0]!)).toEqual([...LINK_CSV_COLUMNS]);
		expect(rows.length).toBe(deriveLinks(events, index.actors).length);
	});

	it('holds the links the articles tell: Huawei (China) negotiating in Russia, the US ban, Telegram blocked in Indonesia', () => {
		const find = (company: string, to: string, type: string) => rows.find((r) => r.company_id === company && r.counterpart_country === to && r.type === type);
		expect(find('huawei', 'RU', 'negotiation')).toMatchObject({ home_country: 'CN', company: 'Huawei Technologies' });
		// The US Commerce Department's Entity List listing of 16 May 2019 (curated date).
		expect(find('huawei', 'US', 'ban')).toMatchObject({ first_day: '2019-05-16', last_day: '2019-05-16' });
		expect(find('telegram', 'ID', 'ban')?.via).toContain('Ministry of Communication and Information Technology');
	});

	it('limits links to a time window like the map', () => {
		const window: [number, number] = [Date.UTC(2019, 0, 1) / 86_400_000, Date.UTC(2019, 11, 31) / 86_400_000];
		const rows2019 = parse(linksCsv(deriveLinks(events, index.actors, window), index.actors), { columns: true }) as Record<string, string>[];
		const keys = rows2019.map((r) => `${r.company_id}>${r.counterpart_country}:${r.type}`);
		expect(keys).toContain('huawei>US:ban');
		// Telegram's block (on or before 1 August 2017) is over by 2019; plans open-ended from August
		// 2017 (BlackBerry's expansion) may still run, so they stay.
		expect(keys).not.toContain('telegram>ID:ban');
		expect(keys).toContain('blackberry>ID:expansion');
	});
});
