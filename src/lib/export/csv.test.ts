import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, cellText, eventCsvRow, eventsCsv } from './csv';
import { ATTR, XSS, tinyFile } from './fixture.test-data';

const file = tinyFile();
const context = { actors: new Map(file.actors.map((a) => [a.id, a])), articles: new Map(file.articles.map((a) => [a.id, a])), origin: 'http://localhost:3000' };

describe('events CSV', () => {
	it('has a header row and one row per event, which read back exactly', () => {
		const csv = eventsCsv(file.events, context);
		expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
		const rows: Record<string, string>[] = parse(csv, { columns: true });
		expect(rows).toHaveLength(2);
		const [ban, advisory] = rows;
		expect(ban).toEqual({
			id: '2017-08-01-ban-id-kominfo-wechat',
			type: 'ban',
			cameo: '172',
			date: '2017-08-01',
			date_basis: 'explicit',
			status: 'occurred',
			title_en: `'=HYPERLINK("x") ${XSS}`,
			title_id: ATTR,
			actor_names: 'Rudiantara; WeChat',
			actor_ids: 'rudiantara; wechat',
			actor_roles: 'actor; target',
			countries: 'CN; ID',
			source_count: '2',
			first_article: 'a1',
			first_article_url: 'https://news.example/a1',
			first_quote: file.events[0]!.sources[0]!.quote,
			confidence: '0.8',
			url: 'http://localhost:3000/events/2017-08-01-ban-id-kominfo-wechat'
		});
		expect(advisory).toMatchObject({ date: '', first_article_url: '', actor_names: `Kominfo ${ATTR}` });
	});

	it('quotes what needs quoting (quotes, commas, line breaks)', () => {
		const csv = eventsCsv(file.events.slice(0, 1), context);
		expect(csv).toContain('"Kominfo said <script>window.__xss=1</script>, then ""><img src=x onerror=""window.__xss=1"">; and ""quoted"", comma, new\nline."');
	});

	it('keeps text from running as a spreadsheet formula', () => {
		expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'ok', ''].map(cellText)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", 'ok', '']);
		expect(eventCsvRow(file.events[0]!, context)[6]).toBe(`'=HYPERLINK("x") ${XSS}`);
	});
});
