/**
 * Embeds as another site uses them: a page on another origin (a tiny server on a port of its own)
 * with the documented two-line snippet; the iframes take their content's height, and the credit
 * link opens the full view in a new tab (target _blank). Framing headers, and oEmbed.
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';

const BASE = `http://localhost:${Number(process.env.E2E_PORT ?? 4173)}`;
const file = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string; title: { en: string } }[] };
const EVENT = file.events.find((e) => e.id.startsWith('2017-08-01-meeting'))?.id ?? file.events[0]!.id;
const TIMELINE_QUERY = 'type=meeting,summons';

/** The documented snippet, twice, and (on /blocked.html) an iframe of a page that must not be framed. */
const pages: Record<string, string> = {
	'/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news site</title>
<script>window.messages = []; addEventListener('message', (e) => window.messages.push(e.data));</script></head>
<body style="margin:0;font-family:serif"><h1>A story</h1>
<iframe id="timeline" src="${BASE}/embed/timeline?${TIMELINE_QUERY}&childId=t1" title="Linimasa: meetings and summons" width="100%" height="150" style="border:0"></iframe>
<script src="${BASE}/embed.js" async></script>
<p>More of the story.</p>
<iframe id="event" src="${BASE}/embed/event/${EVENT}" title="Linimasa: the event" width="100%" height="150" style="border:0"></iframe>
<script src="${BASE}/embed.js" async></script>
</body></html>`,
	'/blocked.html': `<!doctype html><title>Framing the dashboard</title><iframe id="dashboard" src="${BASE}/" title="dashboard" width="800" height="300"></iframe>`
};

let server: Server;
let parentOrigin = '';
test.beforeAll(async () => {
	server = createServer((req, res) => {
		const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
		res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(body ?? 'not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	parentOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
});

const frameHeight = (page: Page, id: string) => page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (page: Page, id: string) => page.frameLocator(`#${id}`).locator('.embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));

test('the iframes of the snippet grow from their initial height to their content, and follow it', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(parentOrigin);
	const timeline = page.frameLocator('#timeline');
	await expect(timeline.locator('.plot')).toBeVisible();
	await expect(page.frameLocator('#event').getByRole('heading', { level: 1 })).toBeVisible();
	for (const id of ['timeline', 'event']) {
		await expect.poll(() => frameHeight(page, id)).not.toBe(150);
		await expect.poll(async () => Math.abs((await frameHeight(page, id)) - (await contentHeight(page, id)))).toBeLessThanOrEqual(1);
	}
	// The content is whole: nothing scrolls inside the iframe.
	expect(await timeline.locator('html').evaluate((html) => html.scrollHeight <= html.clientHeight + 1)).toBe(true);

	// Opening the legend makes the timeline embed taller, and the iframe follows.
	const before = await frameHeight(page, 'timeline');
	await timeline.locator('summary', { hasText: 'Legend' }).click();
	await expect.poll(() => frameHeight(page, 'timeline')).toBeGreaterThan(before + 20);
	await expect.poll(async () => Math.abs((await frameHeight(page, 'timeline')) - (await contentHeight(page, 'timeline')))).toBeLessThanOrEqual(1);

	// On a phone the event's text wraps into more lines: a taller iframe.
	const wide = await frameHeight(page, 'event');
	await page.setViewportSize({ width: 390, height: 800 });
	await expect.poll(() => frameHeight(page, 'event')).toBeGreaterThan(wide + 50);
	await expect.poll(async () => Math.abs((await frameHeight(page, 'event')) - (await contentHeight(page, 'event')))).toBeLessThanOrEqual(1);

	// pym.js's protocol too, for the iframe that has a childId, and our JSON message.
	const messages = (await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages)) as unknown[];
	expect(messages.some((m) => typeof m === 'string' && /^pymxPYMxt1xPYMxheightxPYMx\d+$/.test(m))).toBe(true);
	expect(messages).toContainEqual(expect.objectContaining({ type: 'linimasa:height', height: expect.any(Number), href: expect.stringContaining('/embed/event/') }));
});

test('the credit line links to the full view of the same query, in a new tab', async ({ page, context }) => {
	await page.goto(parentOrigin);
	const credit = page.frameLocator('#timeline').getByRole('link', { name: /^Linimasa · \d+ events from \d+ articles/ });
	await expect(credit).toHaveAttribute('target', '_blank');
	const [full] = await Promise.all([context.waitForEvent('page'), credit.click()]);
	await full.waitForLoadState();
	expect(full.url()).toBe(`${BASE}/?type=meeting%2Csummons`);
	await expect(full.getByRole('heading', { name: 'Linimasa', level: 1 })).toBeVisible();
	// The parent page stays where it was.
	expect(page.url()).toBe(`${parentOrigin}/`);

	const eventCredit = page.frameLocator('#event').getByRole('link', { name: /^Linimasa · 1 event from \d+ articles?/ });
	const [eventPage] = await Promise.all([context.waitForEvent('page'), eventCredit.click()]);
	await eventPage.waitForLoadState();
	expect(eventPage.url()).toBe(`${BASE}/events/${EVENT}`);
});

test('embeds have no site chrome, say noindex and name their full view as canonical', async ({ page }) => {
	await page.goto(`/embed/timeline?${TIMELINE_QUERY}&start=2017-07-25&end=2017-08-15`);
	await expect(page.locator('.plot')).toBeVisible();
	await expect(page.locator('header, table, [role="search"]')).toHaveCount(0);
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe('/');
	expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toContain('?type=meeting%2Csummons&start=2017-07-25&end=2017-08-15');
	await page.goto(`/embed/event/${EVENT}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(file.events.find((e) => e.id === EVENT)!.title.en);
	expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(`/events/${EVENT}`);
	expect((await page.request.get(`/embed/event/no-such-event`)).status()).toBe(404);
	const bad = await page.request.get('/embed/timeline?type=party');
	expect(bad.status()).toBe(400);
	expect(await bad.text()).toContain('Parameter "type"');
});

test('embeds may be framed by anyone; every other page only by this site', async ({ request, page }) => {
	for (const path of ['/embed/timeline', `/embed/event/${EVENT}`, '/embed/timeline?type=party']) {
		const response = await request.get(path);
		expect(response.headers()['content-security-policy'], path).toBe('frame-ancestors *');
		expect(response.headers()['x-frame-options'], path).toBeUndefined();
	}
	for (const path of ['/', `/events/${EVENT}`, '/export/events.csv', '/oembed?url=/', '/api/events', '/no-such-page']) {
		const response = await request.get(path);
		expect(response.headers()['content-security-policy'], path).toBe("frame-ancestors 'self'");
		expect(response.headers()['x-frame-options'], path).toBe('SAMEORIGIN');
	}
	// And the browser holds to it: the dashboard in another site's iframe does not load.
	await page.goto(`${parentOrigin}/blocked.html`);
	await page.waitForTimeout(1000);
	const frame = page.frames().find((f) => f !== page.mainFrame())!;
	expect(await frame.evaluate(() => document.querySelector('h1')?.textContent ?? null).catch(() => null)).not.toBe('Linimasa');
});

test('oEmbed: a rich response for dashboard views and event pages, discoverable from them', async ({ request, page }) => {
	const response = await request.get(`/oembed?url=${encodeURIComponent(`${BASE}/?${TIMELINE_QUERY}&start=2017-07-25&end=2017-08-15`)}&maxwidth=600&maxheight=400&format=json`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/json');
	const body = await response.json();
	expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Linimasa', width: 600, height: 400 });
	expect(body.title).toMatch(/^Linimasa: timeline of \d+ events$/);
	const iframe = /<iframe src="([^"]+)" title="([^"]+)" width="600" height="400"/.exec(body.html);
	expect(iframe?.[1]).toBe(`${BASE}/embed/timeline?type=meeting%2Csummons&amp;start=2017-07-25&amp;end=2017-08-15`);
	expect(body.html).toContain(`<script src="${BASE}/embed.js" async></script>`);

	const event = await (await request.get(`/oembed?url=${encodeURIComponent(`${BASE}/events/${EVENT}?lang=id`)}`)).json();
	expect(event.html).toContain(`src="${BASE}/embed/event/${EVENT}?lang=id"`);
	expect(event).toMatchObject({ width: 640, height: 760 });

	// The snippet from oEmbed works in a page too: the iframe sizes itself, up to maxheight.
	await page.goto(`${parentOrigin}/nothing`);
	await page.setContent(`<h1>oEmbed consumer</h1>${body.html}`);
	await expect(page.frameLocator('iframe').locator('.plot')).toBeVisible();
	await expect.poll(() => page.locator('iframe').evaluate((f) => f.style.height)).toBe('400px');

	// Discovery: the dashboard, the map, the network and the event page name their oEmbed.
	for (const path of [`/?${TIMELINE_QUERY}`, '/map?type=ban', '/network', `/events/${EVENT}`]) {
		await page.goto(path);
		const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
		expect(href, path).toMatch(/\/oembed\?format=json&url=/);
		const discovered = new URL(href!);
		const answer = await request.get(`${discovered.pathname}${discovered.search}`);
		expect(answer.status(), path).toBe(200);
		expect((await answer.json()).type).toBe('rich');
	}
});

test('oEmbed: 400 naming the parameter, 404 for other pages and servers, 501 for xml', async ({ request }) => {
	const cases: [string, number, string][] = [
		['/oembed', 400, 'url'],
		['/oembed?url=', 400, 'url'],
		['/oembed?url=not%20a%20url', 400, 'url'],
		['/oembed?url=javascript:alert(1)', 400, 'url'],
		['/oembed?url=/&maxwidth=-1', 400, 'maxwidth'],
		['/oembed?url=/&maxwidth=100000000', 400, 'maxwidth'],
		['/oembed?url=/&maxheight=tall', 400, 'maxheight'],
		['/oembed?url=%2F%3Ftype%3Dparty', 400, 'url'],
		['/oembed?url=/&format=xml', 501, 'format'],
		['/oembed?url=https://example.com/', 404, 'url'],
		['/oembed?url=/articles/x', 404, 'url'],
		['/oembed?url=/events/no-such-event', 404, 'url']
	];
	for (const [path, status, param] of cases) {
		const response = await request.get(path, { headers: { accept: 'application/json' } });
		expect(response.status(), path).toBe(status);
		expect((await response.json()).message, path).toContain(`Parameter "${param}"`);
	}
});

test('embed.js is small and has no dependencies', async ({ request }) => {
	const response = await request.get('/embed.js');
	expect(response.status()).toBe(200);
	const text = await response.text();
	expect(text.length).toBeLessThan(2048);
	expect(text).not.toMatch(/\bimport\b|\brequire\(/);
});

for (const path of [`/embed/timeline?${TIMELINE_QUERY}`, `/embed/timeline?lang=id&theme=dark`, `/embed/event/${EVENT}`, `/embed/event/${EVENT}?theme=dark`]) {
	test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
	});
}

test('the map and network embeds show their panel, may be framed anywhere, and credit the full view', async ({ page, request }) => {
	for (const kind of ['map', 'network'] as const) {
		const response = await request.get(`/embed/${kind}?country=CN`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
		await page.goto(`/embed/${kind}?country=CN`);
		await expect(page.getByRole('region', { name: kind === 'map' ? 'Map of links' : 'Network of links' })).toBeVisible();
		await expect(page.locator('a[href^="/' + kind + '?country=CN"]').first()).toBeVisible();
		await expect(page.locator('header, .filters, table#events-table')).toHaveCount(0);
		const oembed = await request.get(`/oembed?format=json&url=${encodeURIComponent(`/${kind}?country=CN`)}`);
		expect(oembed.status()).toBe(200);
		expect(((await oembed.json()) as { html: string }).html).toContain(`/embed/${kind}?country=CN`);
	}
});
