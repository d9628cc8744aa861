/** A tiny events file for the export tests (not a test itself). */
import type { EventsFile } from '$lib/schema/events';

export const XSS = '<script>window.__xss=1</script>';
export const ATTR = '"><img src=x onerror="window.__xss=1">';

export function tinyFile(): EventsFile {
	const quote = `Kominfo said ${XSS}, then ${ATTR}; and "quoted", comma, new\nline.`;
	return {
		schemaVersion: 1,
		articlesDir: 'articles',
		articles: [
			{ id: 'a1', file: 'a1.txt', title: 'One', url: 'https://news.example/a1', published: '2017-08-05', language: 'en', referenceDate: { date: '2017-08-05', basis: 'published' }, contentHash: 'x' },
			{ id: 'a2', file: 'a2.txt', language: 'id', referenceDate: null, contentHash: 'y' },
			{ id: 'a3', file: 'a3.txt', language: 'id', referenceDate: null, contentHash: 'z' }
		],
		actors: [
			{ id: 'tencent', name: 'Tencent', kind: 'company', country: 'CN', aliases: [], parent: null, origin: 'gazetteer' },
			{ id: 'wechat', name: 'WeChat', kind: 'product', country: 'CN', aliases: [], parent: 'tencent', origin: 'gazetteer' },
			{ id: 'id-kominfo', name: `Kominfo ${ATTR}`, kind: 'government', country: 'ID', aliases: [], origin: 'gazetteer' },
			{ id: 'rudiantara', name: 'Rudiantara', kind: 'person', country: 'ID', aliases: [], roles: [{ title: 'Menteri', org: 'id-kominfo' }], origin: 'gazetteer' },
			{ id: 'unused', name: 'Unused', kind: 'company', country: null, aliases: [], origin: 'context' }
		],
		events: [
			{
				id: '2017-08-01-ban-id-kominfo-wechat',
				type: 'ban',
				cameo: '172',
				date: '2017-08-01',
				dateBasis: 'explicit',
				duration: null,
				status: 'occurred',
				actors: [
					{ id: 'rudiantara', role: 'actor' },
					{ id: 'wechat', role: 'target' }
				],
				countries: ['CN', 'ID'],
				location: null,
				sources: [
					{ article: 'a1', quote, start: 0, end: quote.length, dateText: null },
					{ article: 'a2', quote: 'Second.', start: 3, end: 10, dateText: null }
				],
				confidence: 0.8,
				title: { en: `=HYPERLINK("x") ${XSS}`, id: ATTR }
			},
			{
				id: 'undated-advisory-id-kominfo',
				type: 'advisory',
				cameo: '111',
				date: null,
				dateBasis: 'none',
				duration: null,
				status: 'occurred',
				actors: [{ id: 'id-kominfo', role: 'actor' }],
				countries: ['ID'],
				location: null,
				sources: [{ article: 'a2', quote: 'Third.', start: 20, end: 26, dateText: null }],
				confidence: 0.5,
				title: { en: 'Advisory', id: 'Imbauan' }
			}
		],
		rejected: [{ file: 'bad.txt', reason: 'empty' }]
	};
}
