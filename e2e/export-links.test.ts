/**
 * The map and the network as files: /export/map.svg and /export/network.svg are well-formed
 * standalone SVG drawing the seed articles' links (checked against the articles, see
 * map.test.ts), the same bytes every time, limited by the time window; the PNGs have the pixel
 * size asked for; bad parameters are 400s that name them; the pages' download links give the
 * view on screen (the map's zoom included).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const BASE = `http://localhost:${Number(process.env.E2E_PORT ?? 4173)}`;

async function parse(page: Page, text: string) {
	return page.evaluate((svg) => {
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			errors: doc.getElementsByTagName('parsererror').length,
			root: root.localName,
			ns: root.namespaceURI,
			width: root.getAttribute('width'),
			viewBox: root.getAttribute('viewBox'),
			title: root.querySelector(':scope > title')?.textContent ?? '',
			desc: root.querySelector(':scope > desc')?.textContent ?? '',
			arcs: [...doc.querySelectorAll('[data-arc]')].map((e) => e.getAttribute('data-arc')!),
			edges: [...doc.querySelectorAll('[data-edge]')].map((e) => e.getAttribute('data-edge')!),
			scripts: doc.querySelectorAll('script, foreignObject, image').length
		};
	}, text);
}

function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the map SVG is standalone XML with the seed links, the same every time, and honours the window', async ({ page, request }) => {
	const response = await request.get('/export/map.svg?width=1000');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('image/svg+xml');
	expect(response.headers()['content-disposition']).toBe('attachment; filename=linimasa-map.svg');
	const svg = await response.text();
	expect(svg).not.toMatch(/var\(--|url\(http|href="http|<!--/);
	const map = await parse(page, svg);
	expect(map).toMatchObject({ errors: 0, root: 'svg', ns: 'http://www.w3.org/2000/svg', width: '1000', scripts: 0 });
	expect(map.viewBox).toMatch(/^0 0 1000 \d+$/);
	expect(map.title).toMatch(/^Map of links · \d+ links from \d+ events/);
	expect(map.desc).toMatch(/^World map of \d+ company–country links .*Types: /);
	// Huawei: China -> Russia negotiations and a US ban; Telegram -> Indonesia; Xiaomi -> Taiwan; LINE -> China.
	for (const arc of ['CN>RU', 'CN>US', 'AE>ID', 'CN>TW', 'JP>CN']) expect(map.arcs, arc).toContain(arc);
	expect(await (await request.get('/export/map.svg?width=1000')).text()).toBe(svg);
	// The source line links to the full view, at the address the server is on.
	expect(svg.replace(/<\/text><text[^>]*>/g, '')).toContain(`· ${BASE}/map`);

	// August 2017 only: Telegram's block and meetings, not Huawei's 2019 links.
	const august = await parse(page, await (await request.get('/export/map.svg?start=2017-08-01&end=2017-08-31')).text());
	expect(august.arcs).toContain('AE>ID');
	expect(august.arcs).not.toContain('CN>RU');
	expect(august.title).toContain('August 2017');
});

test('the network SVG draws typed edges, or the matrix when asked', async ({ page, request }) => {
	const svg = await (await request.get('/export/network.svg?lang=id')).text();
	const net = await parse(page, svg);
	expect(net).toMatchObject({ errors: 0, root: 'svg', scripts: 0 });
	expect(net.title).toMatch(/^Jaringan hubungan/);
	expect(net.edges).toContain('a:huawei|c:RU|negotiation');
	expect(net.edges).toContain('a:huawei|a:us-commerce|ban');
	expect(net.edges.some((e) => e.startsWith('a:telegram|') && e.endsWith('|ban'))).toBe(true);
	const matrix = await (await request.get('/export/network.svg?mode=matrix')).text();
	expect(matrix).toMatch(/data-cell="huawei\|RU"/);
	expect(matrix).not.toContain('data-edge');
});

test('the PNGs have the asked-for pixel size', async ({ request }) => {
	for (const chart of ['map', 'network']) {
		const svg = await (await request.get(`/export/${chart}.svg?width=640`)).text();
		const height = Number(svg.match(/<svg[^>]* height="(\d+)"/)![1]);
		for (const scale of [1, 2]) {
			const response = await request.get(`/export/${chart}.png?width=640&scale=${scale}`);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toBe('image/png');
			expect(pngSize(await response.body())).toEqual({ width: 640 * scale, height: height * scale });
		}
	}
});

test('bad parameters of the map and network exports are 400s that name them', async ({ request }) => {
	for (const [path, param] of [
		['/export/map.svg?zoom=0&center=0,0', 'zoom'],
		['/export/map.svg?zoom=2', 'center'],
		['/export/map.svg?zoom=2&center=300,0', 'center'],
		['/export/map.svg?mode=graph', 'mode'],
		['/export/network.svg?mode=tree', 'mode'],
		['/export/network.png?zoom=2&center=0,0', 'zoom'],
		['/export/map.png?width=99999', 'width'],
		['/export/network.svg?type=nonsense', 'type'],
		['/export/map.png?scale=3', 'scale']
	] as const) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(400);
		expect(await response.text(), path).toMatch(new RegExp(`Parameter \\\\?"${param}\\\\?"`));
	}
});

test('the map page downloads the map as shown, zoom included', async ({ page, request }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/map?type=ban');
	await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
	const link = page.getByRole('link', { name: 'Download SVG (Map)' });
	await expect(link).toHaveAttribute('href', /^\/export\/map\.svg\?type=ban&width=\d+&zoom=[\d.]+&center=[-\d.]+,[-\d.]+$/);
	await expect(page.getByTestId('download-map-png')).toHaveAttribute('href', /^\/export\/map\.png\?.*&scale=2$/);
	const before = new URL((await link.getAttribute('href'))!, 'http://x');
	const shown = await page.locator('.map').evaluate((e) => e.getBoundingClientRect().width);
	expect(Math.abs(Number(before.searchParams.get('width')) - shown)).toBeLessThanOrEqual(2);
	await page.getByRole('button', { name: 'Zoom in on the map' }).click();
	await expect.poll(async () => Number(new URL((await link.getAttribute('href'))!, 'http://x').searchParams.get('zoom'))).toBeGreaterThan(Number(before.searchParams.get('zoom')));

	const download = page.waitForEvent('download');
	await link.click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('linimasa-map-ban.svg');
	const downloaded = await readFile((await file.path())!);
	const direct = await (await request.get((await link.getAttribute('href'))!)).body();
	expect(Buffer.compare(downloaded, direct)).toBe(0);
	const map = await parse(page, downloaded.toString('utf8'));
	expect(map.arcs).toContain('CN>US');
	expect(map.arcs).not.toContain('CN>RU');
});

test('the network page and the dashboard panels offer the downloads too', async ({ page }) => {
	await page.goto('/network');
	await expect(page.locator('.graph[data-ready="true"]')).toBeVisible();
	await expect(page.getByTestId('download-network-svg')).toHaveAttribute('href', /^\/export\/network\.svg\?width=\d+&mode=graph$/);
	await page.getByRole('button', { name: 'Show as matrix' }).click();
	await expect(page.getByTestId('download-network-svg')).toHaveAttribute('href', /&mode=matrix$/);

	await page.goto('/?type=ban');
	await expect(page.locator('.plot')).toBeVisible();
	const panel = page.getByTestId('download-map-svg');
	await panel.scrollIntoViewIfNeeded();
	await expect(panel).toHaveAttribute('href', /^\/export\/map\.svg\?type=ban&width=\d+&zoom=/);
});
