import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { EventsFile, eventsJsonSchema } from '$lib/schema/events';
import { FLAG } from '$lib/timeline/span';
import { articleCount, inView, overlapsWindow, subsetFile } from './subset';
import { tinyFile } from './fixture.test-data';

const day = (iso: string) => Date.parse(iso) / 86_400_000;

describe('window', () => {
	const span = (start: string | null, end: string | null, flags = 0) => ({ start: start === null ? null : day(start), end: end === null ? null : day(end), flags });
	it('keeps events that overlap the window, open sides included', () => {
		expect(overlapsWindow(span('2017-08-01', '2017-08-01'), '2017-07-01', '2017-08-01')).toBe(true);
		expect(overlapsWindow(span('2017-08-02', '2017-08-02'), '2017-07-01', '2017-08-01')).toBe(false);
		expect(overlapsWindow(span('2017-06-01', '2017-06-30'), '2017-07-01', '2017-08-01')).toBe(false);
		expect(overlapsWindow(span('2017-06-01', '2017-07-01'), '2017-07-01', '2017-08-01')).toBe(true);
		expect(overlapsWindow(span(null, '2017-09-01', FLAG.openStart), '2017-07-01', '2017-08-01')).toBe(true);
		expect(overlapsWindow(span('2016-01-01', null, FLAG.openEnd), '2017-07-01', '2017-08-01')).toBe(true);
		expect(overlapsWindow(span(null, null, FLAG.undated), '2017-07-01', '2017-08-01')).toBe(false);
		expect(overlapsWindow(span('2017-12-31', '2017-12-31'), '2017', '2017')).toBe(true);
	});
	it('limits to the window only when there is one', () => {
		const events = [{ span: span('2017-01-01', '2017-01-01') }, { span: span(null, null, FLAG.undated) }];
		expect(inView(events, { start: null, end: null })).toHaveLength(2);
		expect(inView(events, { start: '2017-01-01', end: '2017-01-31' })).toEqual([events[0]]);
	});
});

describe('events file of a subset', () => {
	const ajv = new Ajv2020({ strict: false, allErrors: true });
	const validate = ajv.compile(eventsJsonSchema());

	it('holds the chosen events with the articles and actors they reference', () => {
		const file = tinyFile();
		const sub = subsetFile(file, [file.events[0]!]);
		expect(sub.events).toEqual([file.events[0]]);
		expect(sub.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
		// WeChat brings its maker; Rudiantara the ministry of his post.
		expect(sub.actors.map((a) => a.id)).toEqual(['tencent', 'wechat', 'id-kominfo', 'rudiantara']);
		expect(sub.rejected).toEqual([]);
		expect(EventsFile.safeParse(sub).success).toBe(true);
		expect(validate(sub), JSON.stringify(validate.errors)).toBe(true);
		expect(articleCount(sub.events)).toBe(2);
	});

	it('keeps the file order and is valid for the real corpus', () => {
		const file = EventsFile.parse(JSON.parse(readFileSync('data/events.json', 'utf8')));
		const chosen = [file.events[5]!, file.events[1]!, file.events[3]!];
		const sub = subsetFile(file, chosen);
		expect(sub.events).toEqual([file.events[1], file.events[3], file.events[5]]);
		expect(validate(sub), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		const all = subsetFile(file, file.events);
		expect(all.events).toHaveLength(file.events.length);
		expect(validate(subsetFile(file, []))).toBe(true);
	});
});
