/**
 * The timeline as files: /export/timeline.svg is well-formed standalone SVG with one mark per
 * event in view, the same bytes every time; the PNG has the pixel size asked for; bad parameters
 * are 400s that name them; the dashboard's download link and Embed dialog give what they promise.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const BASE = `http://localhost:${Number(process.env.E2E_PORT ?? 4173)}`;
/** A window narrow enough that no lane turns into a density strip. */
const WINDOW = { start: '2017-07-28', end: '2017-08-12' };
const WINDOW_QUERY = `start=${WINDOW.start}&end=${WINDOW.end}`;

const dayOf = (iso: string) => Date.parse(iso) / 86_400_000;

/** Ids of the dated events overlapping the window, from the events API. */
async function eventsInWindow(request: APIRequestContext): Promise<string[]> {
	const response = await request.get('/api/events?limit=500');
	const { rows } = (await response.json()) as { rows: { id: string; span: { start: number | null; end: number | null; flags: number } }[] };
	const from = dayOf(WINDOW.start);
	const to = dayOf(WINDOW.end);
	return rows
		.filter((r) => r.span.start !== null || r.span.end !== null)
		.filter((r) => (r.span.end === null || r.span.end >= from) && (r.span.start === null || r.span.start <= to))
		.map((r) => r.id)
		.sort();
}

function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the SVG is well-formed standalone XML with one mark per event in view', async ({ page, request }) => {
	const response = await request.get(`/export/timeline.svg?${WINDOW_QUERY}&width=1200`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('image/svg+xml');
	expect(response.headers()['content-disposition']).toMatch(/^attachment; filename=linimasa-timeline-[a-z0-9.-]+\.svg$/);
	const svg = await response.text();
	expect(svg).not.toMatch(/<script/i);
	expect(svg).not.toContain('url(http');
	expect(svg).not.toContain('href="http');
	expect(svg).not.toContain('var(--');
	expect(svg).not.toMatch(/<foreignObject/i);

	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const root = doc.documentElement;
		const ids = [...doc.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id')!);
		return {
			errors: doc.getElementsByTagName('parsererror').length,
			root: root.localName,
			ns: root.namespaceURI,
			width: root.getAttribute('width'),
			height: root.getAttribute('height'),
			viewBox: root.getAttribute('viewBox'),
			title: root.querySelector(':scope > title')?.textContent ?? null,
			desc: root.querySelector(':scope > desc')?.textContent ?? null,
			ids: [...new Set(ids)].sort(),
			density: doc.querySelectorAll('[data-density-lane]').length,
			text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n')
		};
	}, svg);
	expect(parsed.errors).toBe(0);
	expect(parsed).toMatchObject({ root: 'svg', ns: 'http://www.w3.org/2000/svg', width: '1200' });
	expect(Number(parsed.height)).toBeGreaterThan(200);
	expect(parsed.viewBox).toBe(`0 0 1200 ${parsed.height}`);
	expect(parsed.title).toMatch(/^Linimasa: timeline of \d+ events/);
	expect(parsed.desc).toMatch(/^Timeline of \d+ events from 28 July 2017 to 12 August 2017 in \d+ lanes by company; most events: .+ \(\d+\)\. Types: /);
	expect(parsed.text).toContain(`Source: Linimasa · `);
	// The full view's address, with the server's origin (scripts/serve.mjs: http://localhost:PORT).
	expect(parsed.text.replace(/\n/g, '')).toMatch(new RegExp(`Source: Linimasa · \\d+ events from \\d+ articles · http://localhost:\\d+/\\?${WINDOW_QUERY}$`));
	expect(parsed.density).toBe(0);
	const expected = await eventsInWindow(request);
	expect(expected.length).toBeGreaterThan(3);
	expect(parsed.ids).toEqual(expected);
	expect(parsed.desc).toContain(`Timeline of ${expected.length} events`);
});

test('the same parameters give the same bytes', async ({ request }) => {
	for (const query of ['', `${WINDOW_QUERY}&theme=dark&lang=id&width=400`, 'group=type&height=300']) {
		const [a, b] = await Promise.all([request.get(`/export/timeline.svg?${query}`), request.get(`/export/timeline.svg?${query}`)]);
		expect(a.status()).toBe(200);
		expect(Buffer.compare(await a.body(), await b.body())).toBe(0);
	}
	const dark = await (await request.get(`/export/timeline.svg?theme=dark`)).text();
	expect(dark).toContain('fill="#14171b"');
	const fixed = await (await request.get(`/export/timeline.svg?height=300`)).text();
	expect(fixed).toMatch(/<svg[^>]* height="300"/);
});

test('the PNG has the pixel size asked for, at scale 1 and 2', async ({ request }) => {
	for (const [query, width, height] of [
		['width=600&height=400', 600, 400],
		['width=600&height=400&scale=2', 1200, 800],
		[`${WINDOW_QUERY}&width=1200&scale=1`, 1200, null],
		[`${WINDOW_QUERY}&width=1200&scale=2`, 2400, null]
	] as const) {
		const response = await request.get(`/export/timeline.png?${query}`);
		expect(response.status(), query).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		expect(response.headers()['content-disposition']).toMatch(/^attachment; filename=linimasa-timeline[a-z0-9.-]*\.png$/);
		const size = pngSize(await response.body());
		expect(size.width, query).toBe(width);
		if (height !== null) expect(size.height, query).toBe(height);
		else {
			const svg = await (await request.get(`/export/timeline.svg?${WINDOW_QUERY}&width=1200`)).text();
			const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
			expect(size.height).toBe(svgHeight * (width / 1200));
		}
	}
});

test('bad parameters are 400s that name them', async ({ request }) => {
	for (const [path, param] of [
		['/export/timeline.svg?width=0', 'width'],
		['/export/timeline.svg?width=99999', 'width'],
		['/export/timeline.svg?width=wide', 'width'],
		['/export/timeline.svg?height=5', 'height'],
		['/export/timeline.svg?scale=2', 'scale'],
		['/export/timeline.png?scale=3', 'scale'],
		['/export/timeline.png?width=4000&height=4000&scale=2', 'scale'],
		['/export/timeline.svg?type=bogus', 'type'],
		['/export/timeline.png?start=2017-01-01', 'end'],
		['/export/timeline.png?lang=fr', 'lang'],
		['/export/timeline.svg?theme=pink', 'theme'],
		['/export/timeline.svg?from=2017-02-30', 'from']
	] as const) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(400);
		// The message is JSON or text: the parameter's name in quotes, escaped or not.
		expect(await response.text(), path).toMatch(new RegExp(`Parameter \\\\?"${param}\\\\?"`));
	}
});

test('the dashboard\'s Download SVG link gives the same bytes as the endpoint', async ({ page, request }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(`/?${WINDOW_QUERY}`);
	const link = page.getByRole('link', { name: 'Download SVG', exact: true });
	await expect(link).toBeVisible();
	await expect(link).toHaveAttribute('download', '');
	await expect(page.getByRole('link', { name: 'Download PNG', exact: true })).toHaveAttribute('href', /^\/export\/timeline\.png\?.*scale=2/);
	// The link takes the timeline's width once the page has measured it (after hydration).
	const widthGap = async () => {
		const linked = Number(new URL((await link.getAttribute('href'))!, BASE).searchParams.get('width'));
		const shown = await page.locator('.timeline-section').evaluate((e) => e.clientWidth);
		return Math.abs(linked - shown);
	};
	await expect.poll(widthGap).toBeLessThanOrEqual(1);
	const url = new URL((await link.getAttribute('href'))!, BASE);
	expect(url.pathname).toBe('/export/timeline.svg');
	expect(url.searchParams.get('start')).toBe(WINDOW.start);
	expect(url.searchParams.get('end')).toBe(WINDOW.end);
	const width = Number(url.searchParams.get('width'));
	const download = page.waitForEvent('download');
	await link.click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`linimasa-timeline-${WINDOW.start}-to-${WINDOW.end}.svg`);
	const { readFile } = await import('node:fs/promises');
	const downloaded = await readFile((await file.path())!);
	const direct = await (await request.get(`/export/timeline.svg?${WINDOW_QUERY}&width=${width}`)).body();
	expect(Buffer.compare(downloaded, direct)).toBe(0);
});

let server: Server | null = null;
test.afterAll(() => server?.close());

test('the Embed dialog\'s code works on another site', async ({ page }) => {
	await page.goto('/?type=meeting,summons');
	// The timeline draws once the page is hydrated: only then do buttons act.
	await expect(page.locator('.plot')).toBeVisible();
	const opener = page.getByRole('button', { name: 'Embed' });
	await opener.click();
	const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
	await expect(dialog).toBeVisible();
	const code = page.getByLabel('Embed code');
	await expect(code).toBeFocused();
	const snippet = await code.inputValue();
	expect(snippet).toBe(
		`<iframe src="${BASE}/embed/timeline?type=meeting%2Csummons" title="Linimasa: timeline of ${snippet.match(/timeline of (\d+)/)![1]} events" width="100%" height="600" style="border:0" loading="lazy"></iframe>\n<script src="${BASE}/embed.js" async></script>`
	);
	await expect(dialog.locator('iframe.preview')).toHaveAttribute("src", `${BASE}/embed/timeline?type=meeting%2Csummons`);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();

	server = createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body><h1>A story</h1>${snippet}</body></html>`);
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	const other = `http://localhost:${(server.address() as AddressInfo).port}`;
	expect(new URL(other).origin).not.toBe(new URL(BASE).origin);
	await page.goto(other);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('.timeline [role="application"]')).toBeVisible({ timeout: 15_000 });
	await expect.poll(async () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), { timeout: 10_000 }).toBeGreaterThan(200);
	// Sized by embed.js to its content, not left at the snippet's 600.
	await expect.poll(async () => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
});
