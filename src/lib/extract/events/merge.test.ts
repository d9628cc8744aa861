/**
 * Merging drafts into events: one real-world event told by several articles is one event with
 * several sources; different events (another day, other organisations, another type, the sides
 * turned, a plan against a fact) stay apart. Drafts are written by hand, as extraction would
 * build them from the sentences quoted.
 */
import { describe, expect, it } from 'vitest';
import type { ActorRole, EventStatus, EventType } from '$lib/schema/events';
import type { EventDraft } from './draft';
import { compatible, EventMerger, type ActorInfo } from './merge';

const ACTORS: Record<string, { kind: string; country: string | null }> = {
	'id-kominfo': { kind: 'government', country: 'ID' },
	'gov-id': { kind: 'government', country: 'ID' },
	'us-commerce': { kind: 'government', country: 'US' },
	telegram: { kind: 'company', country: 'AE' },
	blackberry: { kind: 'company', country: 'CA' },
	huawei: { kind: 'company', country: 'CN' },
	'pavel-durov': { kind: 'person', country: 'RU' },
	rudiantara: { kind: 'person', country: 'ID' },
	'john-chen': { kind: 'person', country: 'US' }
};
const info: ActorInfo = { kind: (id) => ACTORS[id]?.kind, country: (id) => ACTORS[id]?.country };

const CAMEO: Partial<Record<EventType, string>> = { meeting: '042', summons: '108', ban: '172', agreement: '057', fine: '172' };

interface Spec {
	type?: EventType;
	status?: EventStatus;
	actors: [string, ActorRole][];
	date: string | null;
	article: string;
	start?: number;
	quote?: string;
	affiliations?: [string, string][];
	confidence?: number;
}

function draft(s: Spec): EventDraft {
	const quote = s.quote ?? `Sentence of ${s.article}.`;
	const start = s.start ?? 0;
	const type = s.type ?? 'meeting';
	return {
		type,
		cameo: CAMEO[type] ?? '040',
		status: s.status ?? 'occurred',
		actors: new Map(s.actors),
		affiliations: new Map(s.affiliations ?? []),
		countries: new Set(),
		location: null,
		date: s.date,
		dateBasis: s.date ? 'explicit' : 'none',
		duration: null,
		sources: [{ article: s.article, quote, start, end: start + quote.length, dateText: null }],
		confidence: s.confidence ?? 0.7,
		sentence: 0,
		lastMentioned: 0
	};
}

function merge(...drafts: EventDraft[]): EventDraft[] {
	const merger = new EventMerger(info);
	for (const d of drafts) merger.add(d);
	return merger.events;
}
const articles = (d: EventDraft) => d.sources.map((s) => s.article).sort();

// Pavel Durov's visit to Kominfo on Tuesday 1 August 2017, as three articles tell it.
const kanal = () =>
	draft({
		article: 'kanal247',
		date: '2017-08-01',
		actors: [
			['pavel-durov', 'actor'],
			['telegram', 'actor'],
			['id-kominfo', 'target']
		],
		affiliations: [['pavel-durov', 'telegram']],
		quote: 'Selasa (1/8), Durov mendatangi kantor Kemenkominfo.'
	});
// "Rudiantara bertemu CEO Telegram Pavel Durov" — a meeting, no sides; dated only "pekan lalu".
const detik = () =>
	draft({
		article: 'detikinet',
		date: '2017-07-31/2017-08-05',
		actors: [
			['rudiantara', 'participant'],
			['id-kominfo', 'participant'],
			['pavel-durov', 'participant'],
			['telegram', 'participant']
		],
		affiliations: [
			['rudiantara', 'id-kominfo'],
			['pavel-durov', 'telegram']
		],
		quote: 'Rudiantara bertemu CEO Telegram Pavel Durov pekan lalu.',
		start: 120
	});
// "Sebelumnya, CEO Telegram sudah menemui Menkominfo" — before the article of 9 August.
const okezone = () =>
	draft({
		article: 'okezone',
		date: '../2017-08-09',
		actors: [
			['telegram', 'actor'],
			['id-kominfo', 'target']
		],
		quote: 'Sebelumnya, CEO Telegram sudah menemui Menkominfo.',
		start: 300
	});

describe('one real-world event told by several articles', () => {
	it('becomes one event with every source, the most precise date and each side in its role', () => {
		const events = merge(kanal(), detik(), okezone());
		expect(events).toHaveLength(1);
		const e = events[0]!;
		expect(articles(e)).toEqual(['detikinet', 'kanal247', 'okezone']);
		expect(e.date).toBe('2017-08-01');
		expect(e.actors.get('telegram')).toBe('actor');
		expect(e.actors.get('id-kominfo')).toBe('target');
		// The minister speaks for Kominfo, the host; Durov for Telegram, the visitor.
		expect(e.actors.get('rudiantara')).toBe('target');
		expect(e.actors.get('pavel-durov')).toBe('actor');
		// Three accounts make it surer than any one of them.
		expect(e.confidence).toBeGreaterThan(0.7);
		expect(e.confidence).toBeLessThan(1);
	});

	it('gives the same event and sources whatever order the articles come in', () => {
		const forward = merge(kanal(), detik(), okezone());
		const backward = merge(okezone(), detik(), kanal());
		expect(backward).toHaveLength(1);
		expect(articles(backward[0]!)).toEqual(articles(forward[0]!));
		expect(backward[0]!.date).toBe('2017-08-01');
		expect(backward[0]!.actors.get('telegram')).toBe('actor');
	});

	it('a source already held is not added twice', () => {
		const events = merge(kanal(), kanal(), detik());
		expect(events).toHaveLength(1);
		expect(events[0]!.sources).toHaveLength(2);
	});

	it('an undated account joins a dated one and takes its date', () => {
		const undated = draft({ article: 'blog', date: null, actors: [['telegram', 'actor'], ['id-kominfo', 'target']] });
		const events = merge(undated, kanal());
		expect(events).toHaveLength(1);
		expect(events[0]!.date).toBe('2017-08-01');
		expect(events[0]!.dateBasis).toBe('explicit');
	});

	it('a summons and the visit it called are one event, told from the summoning side', () => {
		const summons = draft({ type: 'summons', article: 'a', date: '2017-08-01', actors: [['id-kominfo', 'actor'], ['telegram', 'target']] });
		const events = merge(kanal(), summons);
		expect(events).toHaveLength(1);
		expect(events[0]!.type).toBe('summons');
		expect(events[0]!.actors.get('id-kominfo')).toBe('actor');
		expect(events[0]!.actors.get('telegram')).toBe('target');
	});

	it('a ministry stands for its country’s government', () => {
		const byGov = draft({ type: 'ban', article: 'a', date: '2017-07', actors: [['gov-id', 'actor'], ['telegram', 'target']] });
		const byKominfo = draft({ type: 'ban', article: 'b', date: '2017-07-14', actors: [['id-kominfo', 'actor'], ['telegram', 'target']] });
		const events = merge(byGov, byKominfo);
		expect(events).toHaveLength(1);
		expect(events[0]!.date).toBe('2017-07-14');
	});
});

describe('different events stay apart', () => {
	it('the same sides on another day', () => {
		const later = draft({ article: 'b', date: '2017-08-15', actors: [['telegram', 'actor'], ['id-kominfo', 'target']] });
		expect(merge(kanal(), later)).toHaveLength(2);
	});

	it('another company meeting the same ministry on the same day', () => {
		const bb = draft({ article: 'okezone', date: '2017-08-01', actors: [['blackberry', 'actor'], ['john-chen', 'actor'], ['id-kominfo', 'target']] });
		expect(merge(kanal(), bb)).toHaveLength(2);
		// The same person named does not make a ministry's two meetings one.
		const withMinister = draft({ article: 'x', date: '2017-08-01', actors: [['blackberry', 'participant'], ['rudiantara', 'participant'], ['id-kominfo', 'participant']] });
		expect(merge(detik(), withMinister)).toHaveLength(2);
	});

	it('another type between the same sides', () => {
		const ban = draft({ type: 'ban', article: 'kanal247', start: 50, date: '2017-07', actors: [['id-kominfo', 'actor'], ['telegram', 'target']] });
		const events = merge(kanal(), ban);
		expect(events.map((e) => e.type).sort()).toEqual(['ban', 'meeting']);
	});

	it('the sides turned: a ban by A on B is not a ban by B on A', () => {
		const usOnHuawei = draft({ type: 'ban', article: 'a', date: '2019-05', actors: [['us-commerce', 'actor'], ['huawei', 'target']] });
		const huaweiOnUs = draft({ type: 'ban', article: 'b', date: '2019-05', actors: [['huawei', 'actor'], ['us-commerce', 'target']] });
		expect(merge(usOnHuawei, huaweiOnUs)).toHaveLength(2);
		expect(compatible(usOnHuawei, huaweiOnUs, info)).toBe(false);
	});

	it('a plan and what happened', () => {
		const planned = draft({ article: 'b', status: 'planned', date: '2017-08-01/..', actors: [['telegram', 'participant'], ['id-kominfo', 'participant']] });
		expect(merge(kanal(), planned)).toHaveLength(2);
	});

	it('the same month of unknown years only when the months agree', () => {
		const may = draft({ type: 'ban', article: 'a', date: 'XXXX-05', actors: [['us-commerce', 'actor'], ['huawei', 'target']] });
		const june = draft({ type: 'ban', article: 'b', date: '2019-06-10', actors: [['us-commerce', 'actor'], ['huawei', 'target']] });
		const may16 = draft({ type: 'ban', article: 'c', date: '2019-05-16', actors: [['us-commerce', 'actor'], ['huawei', 'target']] });
		expect(compatible(may, june, info)).toBe(false);
		expect(compatible(may, may16, info)).toBe(true);
		const events = merge(may, june, may16);
		expect(events).toHaveLength(2);
		expect(events.map((e) => e.date).sort()).toEqual(['2019-05-16', '2019-06-10']);
	});

	it('drafts that name only people never merge by organisation', () => {
		const a = draft({ article: 'a', date: '2017-08-01', actors: [['pavel-durov', 'participant'], ['rudiantara', 'participant']] });
		const b = draft({ article: 'b', date: '2017-08-01', actors: [['john-chen', 'participant'], ['rudiantara', 'participant']] });
		expect(compatible(a, b, info)).toBe(false);
	});
});
