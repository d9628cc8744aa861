/**
 * Data exports of a dashboard view (CSV and an events file), and escaping: a corpus whose titles,
 * quotes and names carry markup is served by a server of this test's own (`node build` with
 * another LINIMASA_EVENTS, on a free port), and no page, embed, export or oEmbed runs it.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const file = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string; type: string }[] };
const COLUMNS = 'id,type,cameo,date,date_basis,status,title_en,title_id,actor_names,actor_ids,actor_roles,countries,source_count,first_article,first_article_url,first_quote,confidence,url';

async function validator(request: APIRequestContext, base = '') {
	const schema = await (await request.get(`${base}/schema/events.json`)).json();
	return new Ajv2020({ strict: false, allErrors: true }).compile(schema);
}

test.describe('exports of the seed corpus', () => {
	test('CSV: a header and one row per matched event, as an attachment', async ({ request }) => {
		const response = await request.get('/export/events.csv?type=meeting');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(response.headers()['content-disposition']).toBe('attachment; filename=linimasa-events.csv');
		const text = await response.text();
		expect(text.split('\r\n')[0]).toBe(COLUMNS);
		const rows: Record<string, string>[] = parse(text, { columns: true });
		expect(rows.map((r) => r.id).sort()).toEqual(file.events.filter((e) => e.type === 'meeting').map((e) => e.id).sort());
		const visit = rows.find((r) => r.id === '2017-08-01-meeting-id-kominfo-telegram')!;
		expect(visit).toMatchObject({ type: 'meeting', date: '2017-08-01', title_en: 'Telegram visits Kominfo' });
		expect(visit.actor_ids.split('; ')).toContain('telegram');
		expect(Number(visit.source_count)).toBeGreaterThanOrEqual(3);
		expect(visit.first_quote.length).toBeGreaterThan(20);

		const all: Record<string, string>[] = parse(await (await request.get('/export/events.csv')).text(), { columns: true });
		expect(all.map((r) => r.id).sort()).toEqual(file.events.map((e) => e.id).sort());
	});

	test('start and end limit the export to events overlapping the window', async ({ request }) => {
		const rows: Record<string, string>[] = parse(await (await request.get('/export/events.csv?start=2017-08-01&end=2017-08-01')).text(), { columns: true });
		const ids = rows.map((r) => r.id);
		expect(ids).toContain('2017-08-01-meeting-id-kominfo-telegram');
		expect(ids).toContain('2017-07-31-summons-facebook-google-id-kominfo-line'); // 31 July to 5 August
		expect(ids).not.toContain('2017-08-09-meeting-blackberry-id-kominfo');
		expect(ids.filter((id) => id.startsWith('undated-'))).toEqual([]);
	});

	test('JSON: an events file of the matched events, valid against /schema/events.json', async ({ request }) => {
		const validate = await validator(request);
		const response = await request.get('/export/events.json?actor=huawei');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/json');
		const exported = await response.json();
		expect(validate(exported), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		const csv: Record<string, string>[] = parse(await (await request.get('/export/events.csv?actor=huawei')).text(), { columns: true });
		expect(exported.events.map((e: { id: string }) => e.id).sort()).toEqual(csv.map((r) => r.id).sort());
		expect(exported.events.length).toBeGreaterThan(0);
		const articles = new Set(exported.articles.map((a: { id: string }) => a.id));
		const actors = new Set(exported.actors.map((a: { id: string }) => a.id));
		for (const event of exported.events as { sources: { article: string }[]; actors: { id: string }[] }[]) {
			for (const s of event.sources) expect(articles.has(s.article)).toBe(true);
			for (const a of event.actors) expect(actors.has(a.id)).toBe(true);
		}
		expect(exported.rejected).toEqual([]);
		const everything = await (await request.get('/export/events.json')).json();
		expect(validate(everything)).toBe(true);
		expect(everything.events).toHaveLength(file.events.length);
	});

	test('bad parameters get a 400 naming the parameter', async ({ request }) => {
		for (const [path, param] of [
			['/export/events.csv?type=party', 'type'],
			['/export/events.csv?from=2017-02-30', 'from'],
			['/export/events.json?start=2017-01-01', 'end'],
			['/export/events.json?country=Indonesia', 'country'],
			[`/export/events.csv?q=${'x'.repeat(300)}`, 'q']
		]) {
			const response = await request.get(path!, { headers: { accept: 'application/json' } });
			expect(response.status(), path).toBe(400);
			expect((await response.json()).message, path).toContain(`Parameter "${param}"`);
		}
	});
});

// ---------------------------------------------------------------------------------------------

const XSS = '<script>window.__xss=1</script>';
const ATTR = '"><img src=x onerror="window.__xss=1">';
const TITLE = `Evil Co meets Kominfo ${XSS} ${ATTR}`;
const QUOTE = `Evil Co said ${XSS} and ${ATTR} at the ministry on 1 August 2017.`;
const DATED = '2017-08-01-meeting-evil-co-id-kominfo';
const UNDATED = 'undated-ban-id-kominfo-evil-co';

function writeCorpus(dir: string) {
	const text = `Evil Co visits Kominfo\n\nJAKARTA - ${QUOTE} It was a long day.\n\nThe meeting ended in the afternoon.\n`;
	const start = text.indexOf(QUOTE);
	mkdirSync(join(dir, 'articles'));
	writeFileSync(join(dir, 'articles', 'xss-article.txt'), text);
	const source = { article: 'xss-article', quote: QUOTE, start, end: start + QUOTE.length, dateText: null };
	const event = (id: string, type: string, cameo: string, date: string | null, title: { en: string; id: string }) => ({
		id,
		type,
		cameo,
		date,
		dateBasis: date ? 'explicit' : 'none',
		duration: null,
		status: 'occurred',
		actors: [
			{ id: 'evil-co', role: 'participant' },
			{ id: 'id-kominfo', role: 'participant' }
		],
		countries: ['ID', 'US'],
		location: { country: 'ID', place: `Jakarta ${ATTR}` },
		sources: [source],
		confidence: 0.9,
		title
	});
	const events = {
		schemaVersion: 1,
		articlesDir: 'articles',
		articles: [
			{ id: 'xss-article', file: 'xss-article.txt', title: `Story ${XSS}`, outlet: `Outlet ${ATTR}`, published: '2017-08-02', language: 'en', referenceDate: { date: '2017-08-02', basis: 'published' }, contentHash: 'test' }
		],
		actors: [
			{ id: 'evil-co', name: `Evil ${XSS} Co`, kind: 'company', country: 'US', aliases: [ATTR], origin: 'context' },
			{ id: 'id-kominfo', name: `Kominfo ${ATTR}`, kind: 'government', country: 'ID', aliases: [], origin: 'gazetteer' }
		],
		events: [event(DATED, 'meeting', '042', '2017-08-01', { en: TITLE, id: `${ATTR} ${XSS}` }), event(UNDATED, 'ban', '172', null, { en: `Ban ${ATTR}`, id: `Larangan ${XSS}` })],
		rejected: []
	};
	writeFileSync(join(dir, 'events.json'), JSON.stringify(events, null, 1));
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

test.describe('markup in the data is shown as text', () => {
	let dir = '';
	let server: ChildProcess | null = null;
	let base = '';
	let log = '';

	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'linimasa-xss-'));
		writeCorpus(dir);
		const port = await freePort();
		base = `http://localhost:${port}`;
		server = spawn(process.execPath, ['scripts/serve.mjs'], {
			env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LINIMASA_EVENTS: join(dir, 'events.json'), LINIMASA_FRAME_ANCESTORS: 'https://news.example http://localhost:5555/ bad;directive', TZ: 'UTC' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		server.stdout?.on('data', (d) => (log += d));
		server.stderr?.on('data', (d) => (log += d));
		for (let tries = 0; ; tries++) {
			try {
				if ((await fetch(`${base}/embed/event/${DATED}`)).ok) break;
			} catch {
				/* not listening yet */
			}
			if (tries > 100) throw new Error(`the test server did not start:\n${log}`);
			await new Promise((r) => setTimeout(r, 100));
		}
	});
	test.afterAll(() => {
		server?.kill();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('no page or embed runs it', async ({ page }) => {
		const pages = [
			'/',
			`/?event=${DATED}`,
			`/?q=${encodeURIComponent(XSS)}`,
			`/events/${DATED}`,
			`/events/${UNDATED}`,
			'/articles/xss-article',
			'/embed/timeline',
			`/embed/timeline?q=${encodeURIComponent(ATTR)}`,
			`/embed/event/${DATED}`,
			`/embed/event/${UNDATED}?lang=id`,
			`/embed/timeline?type=${encodeURIComponent(XSS)}`,
			`/oembed?url=${encodeURIComponent(XSS)}`
		];
		for (const path of pages) {
			await page.goto(`${base}${path}`);
			await page.waitForLoadState('networkidle');
			expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
		}
		// Shown as text, exactly.
		await page.goto(`${base}/events/${DATED}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		await expect(page.locator('blockquote').first()).toHaveText(QUOTE);
		await page.goto(`${base}/embed/event/${DATED}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		await expect(page.getByRole('link', { name: `Evil ${XSS} Co` })).toBeVisible();
		await page.goto(`${base}/articles/xss-article`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Story ${XSS}`);
		// The timeline embed draws the event; choosing it shows no markup either.
		await page.goto(`${base}/embed/timeline`);
		await expect(page.locator('.plot')).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	});

	test('the CSV and JSON exports carry it as data', async ({ request }) => {
		const csv = await request.get(`${base}/export/events.csv`);
		const rows: Record<string, string>[] = parse(await csv.text(), { columns: true });
		const dated = rows.find((r) => r.id === DATED)!;
		expect(dated.title_en).toBe(TITLE);
		expect(dated.title_id).toBe(`${ATTR} ${XSS}`);
		expect(dated.first_quote).toBe(QUOTE);
		expect(dated.actor_names).toBe(`Evil ${XSS} Co; Kominfo ${ATTR}`);
		expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(csv.headers()['x-content-type-options']).toBe('nosniff');

		const json = await request.get(`${base}/export/events.json`);
		expect(json.headers()['content-type']).toContain('application/json');
		expect(json.headers()['x-content-type-options']).toBe('nosniff');
		const exported = await json.json();
		const validate = await validator(request, base);
		expect(validate(exported), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(exported.events.find((e: { id: string }) => e.id === DATED).title.en).toBe(TITLE);
		expect(exported.events.find((e: { id: string }) => e.id === DATED).sources[0].quote).toBe(QUOTE);
	});

	test('oEmbed html escapes it, and a page that uses the html runs nothing of it', async ({ request, page }) => {
		const body = await (await request.get(`${base}/oembed?url=${encodeURIComponent(`${base}/events/${DATED}`)}`)).json();
		expect(body.title).toBe(TITLE);
		expect(body.html).not.toContain(XSS);
		expect(body.html).not.toContain(ATTR);
		expect(body.html).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
		await page.goto(`${base}/nothing-here`);
		await page.setContent(`<h1>Consumer</h1>${body.html}`);
		await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText(TITLE);
		expect(await page.locator('iframe').getAttribute('title')).toBe(TITLE);
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
		expect(await page.frameLocator('iframe').locator('html').evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	});

	test('LINIMASA_FRAME_ANCESTORS adds origins to the pages and static files, not to embeds', async ({ request }) => {
		for (const path of ['/', '/embed.js', '/favicon.svg']) {
			const response = await request.get(`${base}${path}`);
			expect(response.status(), path).toBe(200);
			expect(response.headers()['content-security-policy'], path).toBe("frame-ancestors 'self' https://news.example http://localhost:5555");
			expect(response.headers()['x-frame-options'], path).toBe('SAMEORIGIN');
		}
		const embed = await request.get(`${base}/embed/timeline`);
		expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
		expect(embed.headers()['x-frame-options']).toBeUndefined();
		expect(log).toContain('LINIMASA_FRAME_ANCESTORS: ignored');
	});
});

test('links CSV: a header row, parseable, with the seed links and a 400 for a bad window', async ({ request }) => {
	const response = await request.get('/export/links.csv?type=negotiation');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-disposition']).toContain('linimasa-links.csv');
	const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
	expect(rows.length).toBeGreaterThan(0);
	for (const row of rows) expect(row.type).toBe('negotiation');
	expect(rows.some((r) => r.company_id === 'huawei' && r.counterpart_country === 'RU')).toBe(true);
	const bad = await request.get('/export/links.csv?start=2019-02-30&end=2019-03-01');
	expect(bad.status()).toBe(400);
	expect(((await bad.json()) as { message: string }).message).toContain('Parameter "start"');
});
