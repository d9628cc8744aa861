import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EventsFile } from '$lib/schema/events';
import { DEFAULT_STATE } from '$lib/timeline/urlState';
import { readColumns } from '$lib/timeline/columns';
import { CorpusIndex } from './corpus';
import { buildTimelinePayload, timelineColumnsBytes } from './timelinePayload';

const file = EventsFile.parse(JSON.parse(readFileSync('data/events.json', 'utf8')));

describe('timeline payload of the seed corpus', () => {
	const index = new CorpusIndex(file);
	const payload = buildTimelinePayload(index, DEFAULT_STATE);

	it('names company lanes by the actor, also a parent known only through its product', () => {
		// The Taiwan article names WeChat; the gazetteer says WeChat is Tencent's: its lane is Tencent's.
		const tencent = payload.lanes.find((l) => l.key === 'tencent');
		expect(tencent?.name).toBe('Tencent Holdings');
		for (const lane of payload.lanes) if (lane.key !== '~none') expect(lane.name, lane.key).toBe(index.actorName(lane.key));
	});

	it('sends the dated events as columns whose bytes fit the counts, and keeps undated ones apart', () => {
		const bytes = timelineColumnsBytes(index, DEFAULT_STATE);
		const columns = readColumns(bytes.slice().buffer, payload.count, payload.placements);
		const dated = file.events.filter((e) => e.date !== null && !e.date.startsWith('XXXX'));
		expect(payload.count).toBe(dated.length);
		expect(payload.count + payload.undatedCount).toBe(file.events.length);
		// Time order: each event's first day is no earlier than the one before (open starts use the end).
		for (let k = 1; k < payload.count; k++) {
			const day = (i: number) => (columns.start[i] !== -2147483648 ? columns.start[i]! : columns.end[i]!);
			expect(day(k)).toBeGreaterThanOrEqual(day(k - 1));
		}
	});

	it('is cached per view: the same filters give the same object', () => {
		expect(buildTimelinePayload(index, { ...DEFAULT_STATE, start: '2017-01-01', end: '2017-12-31' })).toBe(payload);
		expect(buildTimelinePayload(index, { ...DEFAULT_STATE, types: ['ban'] })).not.toBe(payload);
	});
});
