/**
 * The dashboard as a user drives it: filters, zoom and pan in the URL, evidence that matches the
 * article, the reader, the keyboard path, Indonesian, phones. Expectations about which events
 * exist come from reading the seed articles (the Durov visit, the Telegram block, Huawei's talks).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface SeedEvent {
	id: string;
	type: string;
	title: { en: string; id: string };
	actors: { id: string }[];
	sources: { article: string; quote: string; start: number; end: number }[];
}
const file = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: SeedEvent[]; articles: { id: string; file: string }[] };
const raw = (article: string) => readFileSync(`data/articles/${file.articles.find((a) => a.id === article)!.file}`, 'utf8');

test('the dashboard lists every event once, the Durov visit with its three articles', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.plot')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Linimasa', level: 1 })).toBeVisible();
	// Pavel Durov's visit to Kominfo (1 August 2017) is told by three of the seed articles.
	const visit = page.locator('tbody tr', { hasText: 'Telegram visits Kominfo' });
	await expect(visit).toHaveCount(1);
	const id = await visit.getAttribute('data-event-id');
	const event = file.events.find((e) => e.id === id)!;
	expect(new Set(event.sources.map((s) => s.article)).size).toBe(3);
	await expect(page.locator('tbody tr')).toHaveCount(Math.min(50, file.events.length));
});

test('filtering by type and by actor shows exactly the matching events and records them in the URL', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.plot')).toBeVisible();
	await page.getByRole('button', { name: /^Ban or block/ }).click();
	await expect(page).toHaveURL(/type=ban(&|$)/);
	const bans = file.events.filter((e) => e.type === 'ban');
	await expect(page.locator('tbody tr')).toHaveCount(bans.length);
	// Indonesia's block of Telegram is a ban in the seeds; a meeting is not listed any more.
	await expect(page.locator('tbody tr', { hasText: 'Kominfo blocks Telegram' })).toHaveCount(1);
	await expect(page.locator('tbody tr', { hasText: 'Telegram visits Kominfo' })).toHaveCount(0);

	await page.goto('/');
	await expect(page.locator('.plot')).toBeVisible();
	const actors = page.getByRole('combobox', { name: /actors/i });
	await actors.fill('Huawei');
	await page.getByRole('option', { name: /^Huawei/ }).first().click();
	await expect(page).toHaveURL(/actor=huawei/);
	const huawei = file.events.filter((e) => e.actors.some((a) => a.id === 'huawei'));
	await expect(page.locator('tbody tr')).toHaveCount(huawei.length);
	for (const text of await page.locator('tbody tr td:nth-child(4)').allInnerTexts()) expect(text).toContain('Huawei');
	// Back restores the unfiltered list.
	await page.goBack();
	await expect(page.locator('tbody tr')).toHaveCount(Math.min(50, file.events.length));
});

test('zoom and pan change the visible window and the URL; a reload restores it', async ({ page }) => {
	await page.goto('/?type=meeting,summons,agreement,ban,ban-lifted');
	await expect(page.locator('.plot')).toBeVisible();
	const plot = page.locator('.plot');
	const label = async () => (await plot.getAttribute('aria-label'))!;
	const before = await label();
	const toolbar = page.getByRole('toolbar', { name: 'Timeline' });
	await toolbar.getByRole('button', { name: 'Zoom in' }).click();
	await expect(page).toHaveURL(/start=\d{4}-\d{2}-\d{2}&end=\d{4}-\d{2}-\d{2}/);
	await expect.poll(label).not.toBe(before);
	const zoomed = new URL(page.url());
	const span = (u: URL) => Date.parse(u.searchParams.get('end')!) - Date.parse(u.searchParams.get('start')!);

	await toolbar.getByRole('button', { name: 'Later' }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('start')).not.toBe(zoomed.searchParams.get('start'));
	const panned = new URL(page.url());
	expect(Date.parse(panned.searchParams.get('start')!)).toBeGreaterThan(Date.parse(zoomed.searchParams.get('start')!));
	expect(Math.abs(span(panned) - span(zoomed))).toBeLessThanOrEqual(2 * 86_400_000);

	// Keyboard on the plot: "-" zooms out.
	await plot.focus();
	await page.keyboard.press('-');
	await expect.poll(() => span(new URL(page.url()))).toBeGreaterThan(span(panned));
	const shown = await label();
	const url = page.url();
	await page.reload();
	expect(page.url()).toBe(url);
	await expect.poll(label).toBe(shown);
});

test('an event shows quotes that equal the article text, and the reader highlights them', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.plot')).toBeVisible();
	await page.locator('tbody tr', { hasText: 'Telegram visits Kominfo' }).getByRole('button').click();
	await expect(page).toHaveURL(/event=/);
	const panel = page.getByRole('complementary', { name: 'Event details' });
	await expect(panel.getByRole('heading', { name: 'Telegram visits Kominfo' })).toBeVisible();
	const quotes = panel.locator('blockquote');
	const links = panel.getByRole('link', { name: 'Read the article' });
	const count = await quotes.count();
	expect(count).toBeGreaterThanOrEqual(3);
	for (let k = 0; k < count; k++) {
		const href = (await links.nth(k).getAttribute('href'))!;
		const [, article, start] = /^\/articles\/([^?#]+)(?:\?[^#]*)?#q-(\d+)$/.exec(href)!;
		const quote = (await quotes.nth(k).innerText()).trim();
		expect(raw(decodeURIComponent(article!)).slice(Number(start), Number(start) + quote.length)).toBe(quote);
	}
	const href = (await links.first().getAttribute('href'))!;
	const quote = (await quotes.first().innerText()).trim();
	await links.first().click();
	await expect(page).toHaveURL(href);
	const mark = page.locator(`mark#${href.split('#')[1]}`);
	await expect(mark).toBeVisible();
	expect(quote.startsWith((await mark.innerText()).trim().slice(0, 40))).toBe(true);
	await expect(mark).toBeInViewport();
});

test('keyboard only: from page load to an event and its details', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.plot')).toBeVisible();
	let found = false;
	for (let k = 0; k < 120 && !found; k++) {
		await page.keyboard.press('Tab');
		found = await page.evaluate(() => document.activeElement?.matches('.mark[role="button"]') ?? false);
	}
	expect(found, 'Tab reaches an event on the timeline').toBe(true);
	const focused = page.locator('.mark:focus');
	await expect(focused).toHaveAttribute('aria-label', /\d{4}/);
	await page.keyboard.press('ArrowRight');
	const id = await page.locator('.mark:focus').getAttribute('data-event-id');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`event=${id}`));
	const title = file.events.find((e) => e.id === id)!.title.en;
	await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { name: title })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/event=/);
});

test('?lang=id shows the interface and dates in Indonesian', async ({ page }) => {
	await page.goto('/?lang=id');
	await expect(page.locator('.plot')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect(page.getByText('Linimasa perusahaan teknologi dan pemerintah')).toBeVisible();
	await expect(page.getByRole('heading', { name: /Tabel peristiwa/ })).toBeVisible();
	await expect(page.locator('tbody tr', { hasText: 'Agustus 2017' }).first()).toBeVisible();
	await expect(page.getByRole('button', { name: /^Larangan atau blokir/ })).toBeVisible();
});

test('invalid parameters get a 400 that names the parameter', async ({ request }) => {
	const response = await request.get('/?type=teleport&from=2017-02-30');
	expect(response.status()).toBe(400);
	const body = await response.text();
	expect(body).toContain('Parameter "type"');
	expect(body).toContain('Parameter "from"');
	expect((await request.get('/api/events/titles?n=-1')).status()).toBe(400);
	expect((await request.get('/api/events/titles?n=1&lang=fr')).status()).toBe(400);
	expect((await request.get('/api/events/no-such-event')).status()).toBe(404);
});

test('screenshots at 1280 and 390 px, and a bottom sheet on phones', async ({ page }, testInfo) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/');
	await expect(page.locator('.plot')).toBeVisible();
	await testInfo.attach('dashboard-1280', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await expect(page.locator('.plot')).toBeVisible();
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width, 'no sideways scrolling on a phone').toBeLessThanOrEqual(390);
	await testInfo.attach('dashboard-390', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
	await page.locator('tbody tr', { hasText: 'Kominfo blocks Telegram' }).getByRole('button').click();
	const panel = page.getByRole('complementary', { name: 'Event details' });
	await expect(panel).toBeVisible();
	const box = (await panel.boundingBox())!;
	expect(box.width).toBeGreaterThan(370);
	expect(Math.round(box.y + box.height)).toBeGreaterThanOrEqual(840);
	await testInfo.attach('detail-390', { body: await page.screenshot(), contentType: 'image/png' });
});

test('on a touch phone, a one-finger drag pans and a two-finger pinch zooms the timeline', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await page.goto('/');
	const plot = page.locator('.plot');
	await expect(plot).toBeVisible();
	const box = (await plot.boundingBox())!;
	const y = box.y + Math.min(60, box.height / 2);
	const cdp = await context.newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
		cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, yy], id) => ({ x, y: yy, id })) });
	const window = () => {
		const url = new URL(page.url());
		return [url.searchParams.get('start'), url.searchParams.get('end')] as const;
	};
	const days = ([s, e]: readonly [string | null, string | null]) => (Date.parse(e!) - Date.parse(s!)) / 86_400_000;

	// Pinch out: two fingers move apart around the middle.
	const cx = box.x + box.width / 2;
	await touch('touchStart', [[cx - 20, y], [cx + 20, y]]);
	for (let d = 30; d <= 120; d += 15) await touch('touchMove', [[cx - d, y], [cx + d, y]]);
	await touch('touchEnd', []);
	await expect.poll(() => window()[0]).not.toBeNull();
	const zoomed = window();
	// (A touch within half a second of the last would be read as a double tap.)
	await page.waitForTimeout(600);

	// Drag left with one finger: later dates come into view.
	await touch('touchStart', [[cx + 80, y]]);
	for (let x = cx + 60; x >= cx - 80; x -= 20) await touch('touchMove', [[x, y]]);
	await touch('touchEnd', []);
	await expect.poll(() => window()[0]).not.toBe(zoomed[0]);
	const panned = window();
	expect(Date.parse(panned[0]!)).toBeGreaterThan(Date.parse(zoomed[0]!));
	expect(Math.abs(days(panned) - days(zoomed))).toBeLessThanOrEqual(2);
	await context.close();
});

test('dragging the timeline with the mouse and turning the wheel move the window', async ({ page }) => {
	await page.goto('/?start=2017-07-01&end=2017-09-30');
	await expect(page.locator('.plot')).toBeVisible();
	const plot = page.locator('.plot');
	const box = (await plot.boundingBox())!;
	const y = box.y + 20;
	await page.mouse.move(box.x + box.width * 0.7, y);
	await page.mouse.down();
	for (let k = 1; k <= 10; k++) await page.mouse.move(box.x + box.width * 0.7 - k * 30, y);
	await page.mouse.up();
	await expect.poll(() => new URL(page.url()).searchParams.get('start')).not.toBe('2017-07-01');
	const dragged = new URL(page.url()).searchParams;
	expect(Date.parse(dragged.get('start')!)).toBeGreaterThan(Date.parse('2017-07-01'));
	// Wheel up zooms in around the pointer: the window gets shorter.
	const span = (p: URLSearchParams) => Date.parse(p.get('end')!) - Date.parse(p.get('start')!);
	await page.mouse.move(box.x + box.width / 2, y);
	for (let k = 0; k < 3; k++) await page.mouse.wheel(0, -200);
	await expect.poll(() => span(new URL(page.url()).searchParams)).toBeLessThan(span(dragged));
});

test('a wheel gesture hides the SVG marks while it runs (the canvas draws them); after it they are back where their events are, and clickable', async ({ page }) => {
	await page.goto('/?start=2017-07-01&end=2017-09-30');
	await expect(page.locator('.mark').first()).toBeVisible();
	const marks = page.locator('.plot svg.marks');
	const box = (await page.locator('.plot').boundingBox())!;
	const centre = box.x + box.width / 2;
	// Pressing without moving is no gesture: the marks stay shown.
	await page.mouse.move(centre, box.y + 5);
	await page.mouse.down();
	await expect(marks).not.toHaveClass(/held/);
	await page.mouse.up();
	const positions = () =>
		page.locator('.mark').evaluateAll((els) => {
			const out: Record<string, number> = {};
			for (const el of els) {
				const r = el.getBoundingClientRect();
				out[el.getAttribute('data-event-id')!] ??= r.left + r.width / 2;
			}
			return out;
		});
	const before = await positions();
	// Read in the page, right after a wheel step: a gesture ends 150 ms after its last step.
	const during = await page.evaluate(async (x) => {
		const plot = document.querySelector('.plot')!;
		plot.dispatchEvent(new WheelEvent('wheel', { deltaY: -150, clientX: x, clientY: plot.getBoundingClientRect().top + 20, bubbles: true, cancelable: true }));
		await new Promise((resolve) => requestAnimationFrame(resolve));
		const svg = document.querySelector('.plot svg.marks')!;
		return { held: svg.classList.contains('held'), opacity: getComputedStyle(svg).opacity };
	}, centre);
	expect(during).toEqual({ held: true, opacity: '0' });
	// The gesture ends a moment after its last step: the marks show the new window again.
	await expect(marks).not.toHaveClass(/held/);
	const after = await positions();
	// d3-zoom scales by 2^(150 × 0.002) around the pointer; held marks that never moved on would
	// still be where they were (a factor of 1).
	const k = 2 ** (150 * 0.002);
	const ids = Object.keys(before).filter((id) => id in after);
	const far = ids.sort((a, b) => Math.abs(before[b]! - centre) - Math.abs(before[a]! - centre))[0]!;
	expect(Math.abs(before[far]! - centre)).toBeGreaterThan(100);
	expect(after[far]! - centre).toBeCloseTo((before[far]! - centre) * k, -1);
	await page.locator(`.mark[data-event-id="${far}"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`event=${far}`));
});

test('dragging the overview brush holds the SVG marks until the drag ends', async ({ page }) => {
	await page.goto('/?start=2017-07-01&end=2017-09-30');
	await expect(page.locator('.mark').first()).toBeVisible();
	const marks = page.locator('.plot svg.marks');
	await page.locator('.overview .window').scrollIntoViewIfNeeded();
	const brush = (await page.locator('.overview .window').boundingBox())!;
	await page.mouse.move(brush.x + brush.width / 2, brush.y + brush.height / 2);
	await page.mouse.down();
	await page.mouse.move(brush.x + brush.width / 2 + 4, brush.y + brush.height / 2);
	await expect(marks).toHaveClass(/held/);
	await page.mouse.up();
	await expect(marks).not.toHaveClass(/held/);
	await expect.poll(() => new URL(page.url()).searchParams.get('start')).not.toBe('2017-07-01');
});
