/**
 * Hand curation on its own: correct, suppress and add by id, each with a reason; every broken
 * entry is reported with its file and index and costs only itself.
 */
import { describe, expect, it } from 'vitest';
import type { Event } from '$lib/schema/events';
import { applyCuration, type CurationInput } from './curation';

const ARTICLE = 'Jakarta - Kominfo memblokir Telegram pada 14 Juli 2017. Durov bertemu Rudiantara pada 1 Agustus 2017.';

function event(id: string, over: Partial<Event> = {}): Event {
	const quote = 'Kominfo memblokir Telegram pada 14 Juli 2017.';
	const start = ARTICLE.indexOf(quote);
	return {
		id,
		type: 'ban',
		cameo: '172',
		date: '2017-07-14',
		dateBasis: 'explicit',
		duration: null,
		status: 'occurred',
		actors: [
			{ id: 'id-kominfo', role: 'actor' },
			{ id: 'telegram', role: 'target' }
		],
		countries: ['AE', 'ID'],
		location: null,
		sources: [{ article: 'a1', quote, start, end: start + quote.length, dateText: '14 Juli 2017' }],
		confidence: 0.8,
		title: { en: 'Kominfo blocks Telegram', id: 'Kominfo memblokir Telegram' },
		...over
	};
}

const EVENTS = [event('2017-ban-id-kominfo-telegram'), event('2017-meeting-id-kominfo-telegram', { type: 'meeting', cameo: '042', date: '2017-08-01' })];
const KNOWN_ACTORS = new Set(['id-kominfo', 'telegram', 'pavel-durov', 'rudiantara']);
const raw = (id: string) => (id === 'a1' ? ARTICLE : undefined);
const exists = (id: string) => KNOWN_ACTORS.has(id);
const apply = (files: CurationInput[], events = EVENTS) => applyCuration(events, files, raw, exists, (e) => ({ en: `retitled ${e.type}`, id: `judul baru ${e.type}` }));
const byId = (events: Event[], id: string) => events.find((e) => e.id === id);

const ADD = {
	action: 'add',
	reason: 'The article reports the meeting in its own sentence.',
	event: {
		id: '2017-meeting-pavel-durov-rudiantara',
		type: 'meeting',
		cameo: '040',
		date: '2017-08-01',
		status: 'occurred',
		actors: [
			{ id: 'pavel-durov', role: 'participant' },
			{ id: 'rudiantara', role: 'participant' }
		],
		title: { en: 'Durov meets Rudiantara', id: 'Durov bertemu Rudiantara' },
		sources: [{ article: 'a1', quote: 'Durov bertemu Rudiantara pada 1 Agustus 2017.' }]
	}
};

describe('applyCuration', () => {
	it('corrects a date: the event is marked curated with its file and reason, the rest is kept', () => {
		const { events, problems } = apply([
			{ file: 'dates.json', data: { curations: [{ action: 'correct', id: '2017-ban-id-kominfo-telegram', reason: 'The block began a day earlier.', set: { date: '2017-07-13' } }] } }
		]);
		expect(problems).toEqual([]);
		const e = byId(events, '2017-ban-id-kominfo-telegram')!;
		expect(e.date).toBe('2017-07-13');
		expect(e.dateBasis).toBe('curated');
		expect(e.curation).toEqual({ file: 'dates.json', action: 'correct', reason: 'The block began a day earlier.' });
		expect(e.sources).toEqual(EVENTS[0]!.sources);
		expect(e.title).toEqual(EVENTS[0]!.title);
		// The input is not changed.
		expect(EVENTS[0]!.date).toBe('2017-07-14');
		expect(byId(events, '2017-meeting-id-kominfo-telegram')).toEqual(EVENTS[1]);
	});

	it('a correction of the sides retitles the event unless it sets a title itself', () => {
		const actors = [
			{ id: 'telegram', role: 'actor' },
			{ id: 'id-kominfo', role: 'target' }
		];
		const { events } = apply([
			{
				file: 'c.json',
				data: {
					curations: [
						{ action: 'correct', id: '2017-ban-id-kominfo-telegram', reason: 'sides', set: { actors } },
						{ action: 'correct', id: '2017-meeting-id-kominfo-telegram', reason: 'sides', set: { actors, title: { en: 'Own', id: 'Sendiri' } } }
					]
				}
			}
		]);
		expect(byId(events, '2017-ban-id-kominfo-telegram')!.title.en).toBe('retitled ban');
		expect(byId(events, '2017-ban-id-kominfo-telegram')!.actors).toEqual(actors);
		expect(byId(events, '2017-meeting-id-kominfo-telegram')!.title).toEqual({ en: 'Own', id: 'Sendiri' });
		// Only the date marks the date basis as curated.
		expect(byId(events, '2017-ban-id-kominfo-telegram')!.dateBasis).toBe('explicit');
	});

	it('suppresses an event by id', () => {
		const { events, problems } = apply([{ file: 's.json', data: { curations: [{ action: 'suppress', id: '2017-meeting-id-kominfo-telegram', reason: 'Not a meeting.' }] } }]);
		expect(problems).toEqual([]);
		expect(events.map((e) => e.id)).toEqual(['2017-ban-id-kominfo-telegram']);
	});

	it('adds an event, placing its quote in the raw article, in id order', () => {
		const { events, problems } = apply([{ file: 'add.json', data: { curations: [ADD] } }]);
		expect(problems).toEqual([]);
		expect(events.map((e) => e.id)).toEqual(['2017-ban-id-kominfo-telegram', '2017-meeting-id-kominfo-telegram', '2017-meeting-pavel-durov-rudiantara']);
		const added = byId(events, '2017-meeting-pavel-durov-rudiantara')!;
		const s = added.sources[0]!;
		expect(ARTICLE.slice(s.start, s.end)).toBe('Durov bertemu Rudiantara pada 1 Agustus 2017.');
		expect(added.dateBasis).toBe('curated');
		expect(added.curation).toEqual({ file: 'add.json', action: 'add', reason: ADD.reason });
		expect(added.confidence).toBe(1);
	});

	it('broken entries are reported by file and entry; the other entries of the same file are applied', () => {
		const { events, problems } = apply([
			{
				file: 'mixed.json',
				data: {
					curations: [
						{ action: 'suppress', id: '2017-meeting-id-kominfo-telegram' }, // 0: no reason
						{ action: 'correct', id: '2016-ban-gone', reason: 'old id', set: { date: '2016-01-01' } }, // 1: unknown id
						{ action: 'correct', id: '2017-ban-id-kominfo-telegram', reason: 'typo', set: { date: '2017-02-30' } }, // 2: no such day
						{ action: 'correct', id: '2017-ban-id-kominfo-telegram', reason: 'right', set: { date: '2017-07-13' } }, // 3: good
						{ action: 'correct', id: '2017-ban-id-kominfo-telegram', reason: 'who', set: { actors: [{ id: 'nobody-inc', role: 'actor' }] } }, // 4: unknown actor
						{ ...ADD, event: { ...ADD.event, sources: [{ article: 'a1', quote: 'Durov met Rudiantara.' }] } }, // 5: quote not verbatim
						{ ...ADD, event: { ...ADD.event, sources: [{ article: 'a9', quote: 'Durov' }] } }, // 6: no such article
						{ ...ADD, event: { ...ADD.event, id: '2017-ban-id-kominfo-telegram' } }, // 7: id taken
						{ action: 'rename', id: 'x', reason: 'y' }, // 8: no such action
						ADD // 9: good
					]
				}
			}
		]);
		const at = (k: number) => problems.filter((p) => p.reason.startsWith(`curations[${k}]`));
		for (const k of [0, 1, 2, 4, 5, 6, 7, 8]) {
			expect(at(k), `entry ${k}: ${JSON.stringify(problems)}`).toHaveLength(1);
			expect(at(k)[0]!.file).toBe('mixed.json');
		}
		expect(problems).toHaveLength(8);
		expect(at(0)[0]!.reason).toMatch(/reason/);
		expect(at(0)[0]!.reason).toContain('2017-meeting-id-kominfo-telegram');
		expect(at(1)[0]!.reason).toMatch(/no event has id "2016-ban-gone"/);
		expect(at(2)[0]!.reason).toMatch(/date/);
		expect(at(4)[0]!.reason).toMatch(/unknown actor "nobody-inc"/);
		expect(at(5)[0]!.reason).toMatch(/quote is not in article "a1"/);
		expect(at(6)[0]!.reason).toMatch(/no article has id "a9"/);
		expect(at(7)[0]!.reason).toMatch(/exists already/);
		for (const p of problems) expect(p.reason).not.toMatch(/[\r\n]/);
		// Entry 0 did not suppress, 3 and 9 were applied.
		expect(byId(events, '2017-meeting-id-kominfo-telegram')).toEqual(EVENTS[1]);
		expect(byId(events, '2017-ban-id-kominfo-telegram')!.date).toBe('2017-07-13');
		expect(byId(events, '2017-ban-id-kominfo-telegram')!.actors).toEqual(EVENTS[0]!.actors);
		expect(byId(events, '2017-meeting-pavel-durov-rudiantara')).toBeDefined();
	});

	it('a file that is not a curation file is reported once by name, and other files still apply', () => {
		const { events, problems } = apply([
			{ file: 'b.json', data: { curations: [{ action: 'suppress', id: '2017-ban-id-kominfo-telegram', reason: 'dup' }] } },
			{ file: 'a.json', data: [{ action: 'suppress' }] }
		]);
		expect(problems.map((p) => p.file)).toEqual(['a.json']);
		expect(events.map((e) => e.id)).toEqual(['2017-meeting-id-kominfo-telegram']);
	});

	it('files apply in name order: a later file sees what an earlier one did', () => {
		const { events, problems } = apply([
			{ file: 'b.json', data: { curations: [{ action: 'correct', id: '2017-ban-id-kominfo-telegram', reason: 'b', set: { date: '2017-07' } }] } },
			{ file: 'a.json', data: { curations: [{ action: 'suppress', id: '2017-ban-id-kominfo-telegram', reason: 'a' }] } }
		]);
		expect(events.map((e) => e.id)).toEqual(['2017-meeting-id-kominfo-telegram']);
		expect(problems).toEqual([{ file: 'b.json', reason: expect.stringMatching(/^curations\[0\].*no event has id "2017-ban-id-kominfo-telegram"/) }]);
	});
});
