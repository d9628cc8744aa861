import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

/**
 * The seed articles' links, checked against data/events.json and the article texts:
 * - wartaekonomi-huawei-turns-to-russia: Huawei negotiates with Russia's Basalt SPO and Aurora;
 *   the US Commerce Department blacklisted Huawei (16 May 2019).
 * - kanal247-durov-visits-kominfo / detikinet-kominfo-ott-summons: Kominfo blocked Telegram,
 *   Durov met Kominfo and they agreed (1 August 2017).
 * - didikpurwanto-taiwan-probes-xiaomi: Taiwan investigates Xiaomi.
 * - the LINE ban by China (detikinet-kominfo-ott-summons).
 */
const file = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string; type: string; date: string | null; actors: { id: string }[] }[] };
const has = (type: string, ...actors: string[]) => file.events.some((e) => e.type === type && actors.every((a) => e.actors.some((x) => x.id === a)));

async function ready(page: Page) {
	await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
}
/** Rows of the links table as "Company|From|To|Type". */
async function rows(page: Page): Promise<string[]> {
	return page.locator('#map-links tbody tr').evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent!.replace(/\s+/g, ' ').trim()).join('|'))
	);
}

test('the seed articles give the expected links', async ({ page }) => {
	// The events behind them are in the events file.
	expect(has('negotiation', 'huawei', 'basalt-spo')).toBe(true);
	expect(has('ban', 'us-commerce', 'huawei')).toBe(true);
	expect(has('ban', 'id-kominfo', 'telegram') && has('meeting', 'telegram', 'id-kominfo') && has('agreement', 'telegram', 'id-kominfo')).toBe(true);
	expect(has('investigation', 'gov-tw', 'xiaomi')).toBe(true);
	expect(has('ban', 'gov-cn', 'line')).toBe(true);

	await page.goto('/map');
	await ready(page);
	const links = await rows(page);
	for (const expected of [
		'Huawei Technologies|China|Russia|Negotiation',
		'Huawei Technologies|China|United States|Ban or block',
		'Telegram|United Arab Emirates|Indonesia|Ban or block',
		'Telegram|United Arab Emirates|Indonesia|Meeting',
		'Telegram|United Arab Emirates|Indonesia|Agreement',
		'Xiaomi|China|Taiwan|Investigation',
		'LINE|Japan|China|Ban or block'
	])
		expect(links).toContain(expected);
	// Two negotiations with Russian companies (Basalt SPO, Aurora); two Telegram–Kominfo meetings.
	await expect(page.locator('#map-links tbody tr', { hasText: 'Negotiation' }).filter({ hasText: 'Huawei' }).locator('td.num')).toHaveText('2');
	// Singapore is too small for the atlas's shapes: it still appears, as a point.
	await expect(page.locator('[data-country-point="SG"]')).toHaveCount(1);

});

test('clicking a country on the map filters by it, shared with the dashboard', async ({ page }) => {
	await page.goto('/map');
	await ready(page);
	await page.locator('[data-country-point="TW"]').click();
	await expect(page).toHaveURL(/[?&]country=TW(&|$)/);
	await ready(page);
	const links = await rows(page);
	expect(links).toContain('Xiaomi|China|Taiwan|Investigation');
	expect(links.some((l) => l.startsWith('Telegram'))).toBe(false);
	// The link back to the dashboard keeps the filter.
	await expect(page.getByRole('link', { name: 'Back to the dashboard' })).toHaveAttribute('href', '/?country=TW');
	// Reset clears everything.
	await page.getByRole('button', { name: 'Reset all filters' }).click();
	await expect(page).toHaveURL(/\/map$/);
});

test('clicking a company in the table filters the timeline by it', async ({ page }) => {
	await page.goto('/map');
	await ready(page);
	await page.locator('#map-links tbody tr', { hasText: 'Ban or block' }).filter({ hasText: 'LINE' }).getByRole('button', { name: 'LINE' }).click();
	await expect(page).toHaveURL(/[?&]actor=line(&|$)/);
	await expect(page.getByRole('link', { name: 'Timeline' })).toHaveAttribute('href', '/?actor=line');
});

test('the keyboard reaches countries, companies and arcs', async ({ page }) => {
	await page.goto('/map');
	await ready(page);
	await page.locator('.map').focus();
	await page.keyboard.press('ArrowRight');
	// The busiest country first: Indonesia or China; the live region says so.
	await expect(page.locator('[aria-live="polite"]')).toContainText(/events touch (Indonesia|China)/);
	await page.keyboard.press('ArrowDown'); // companies
	await expect(page.locator('[aria-live="polite"]')).toContainText(/events/);
	await page.keyboard.press('ArrowDown'); // arcs
	await expect(page.locator('[aria-live="polite"]')).toContainText('→');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]country=(ID|CN)(&|$)/);
});

test('the time window hides later links', async ({ page }) => {
	await page.goto('/map?start=2017-07-01&end=2017-12-31');
	await ready(page);
	let links = await rows(page);
	expect(links).toContain('Telegram|United Arab Emirates|Indonesia|Ban or block');
	expect(links.some((l) => l.includes('United States|Ban or block'))).toBe(false);
	// Undated links are out of a window too; the page says how many.
	expect(links.some((l) => l.startsWith('Xiaomi'))).toBe(false);
	await expect(page.getByText(/undated events are not shown/)).toBeVisible();
	// Moving the scrubber's end back to 2017 from all time does the same, and the URL records it.
	await page.goto('/map');
	await ready(page);
	expect((await rows(page)).some((l) => l.includes('United States|Ban or block'))).toBe(true);
	const day = String(Date.UTC(2017, 11, 31) / 86_400_000);
	await page.getByRole('slider', { name: /^To/ }).fill(day);
	await expect(page).toHaveURL(/end=2017-12-31/);
	links = await rows(page);
	expect(links.some((l) => l.includes('United States|Ban or block'))).toBe(false);
	expect(links).toContain('Telegram|United Arab Emirates|Indonesia|Agreement');
});

test('hovering an arc or a country shows a tooltip with counts and dates', async ({ page }) => {
	await page.goto('/map');
	await ready(page);
	await page.locator('[data-country-point="ID"]').hover();
	await expect(page.locator('.tooltip')).toContainText('Indonesia');
	await expect(page.locator('.tooltip')).toContainText('Summons');
	await expect(page.locator('.tooltip')).toContainText('2017');
});

test('axe finds no serious problems, and screenshots at 1280 and 390', async ({ page }, testInfo) => {
	test.setTimeout(120_000);
	for (const [width, height] of [[1280, 800], [390, 844]] as const) {
		for (const theme of ['light', 'dark']) {
			await page.setViewportSize({ width, height });
			await page.goto(`/map?theme=${theme}`);
			await ready(page);
			await page.waitForTimeout(300);
			const results = await new AxeBuilder({ page }).analyze();
			const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
			await testInfo.attach(`map-${width}-${theme}.png`, { body: await page.screenshot({ fullPage: false }), contentType: 'image/png' });
		}
	}
});

test('a wheel zoom moves the drawn layers at once and lays the map out again when it rests', async ({ page }) => {
	await page.goto('/map');
	await ready(page);
	const centre = async (code: string) => {
		const b = (await page.locator(`[data-country-point="${code}"]`).boundingBox())!;
		return [b.x + b.width / 2, b.y + b.height / 2];
	};
	const [ax, ay] = await centre('ID');
	const [bx, by] = await centre('TW');
	const apart = async () => {
		const [cx, cy] = await centre('ID');
		const [dx, dy] = await centre('TW');
		return Math.hypot(dx - cx, dy - cy) / Math.hypot(bx - ax, by - ay);
	};
	// One wheel step between the two; two frames later the layers are moved by a CSS transform
	// and the canvases were not drawn again.
	const during = await page.evaluate(async ([x, y]) => {
		const map = document.querySelector('.map')!;
		const perf = (window as unknown as { __linimasaMapPerf: { frames: number[] } }).__linimasaMapPerf;
		const drawn = perf.frames.length;
		map.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: x, clientY: y, bubbles: true, cancelable: true }));
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		return {
			layers: [...map.querySelectorAll('canvas, svg.marks')].map((el) => (el as HTMLElement).style.transform),
			redrawn: perf.frames.length - drawn
		};
	}, [(ax + bx) / 2, (ay + by) / 2]);
	expect(during.layers).toHaveLength(3);
	for (const t of during.layers) expect(t).toMatch(/scale\(1\.\d+\)/);
	expect(during.redrawn).toBe(0);
	const moved = await apart();
	expect(moved).toBeGreaterThan(1.2);
	// When the wheel rests, the layers are drawn at the new zoom and the points stay put.
	await expect.poll(() => page.locator('.map svg.marks').evaluate((el) => (el as unknown as HTMLElement).style.transform)).toBe('');
	expect(await page.locator('.map canvas').first().evaluate((el) => el.style.transform)).toBe('');
	expect(await apart()).toBeCloseTo(moved, 1);
	// The pointer finds things where they are now drawn.
	await page.locator('[data-country-point="TW"]').click();
	await expect(page).toHaveURL(/[?&]country=TW(&|$)/);
});

test('while the scrubber moves the table keeps its window, dimmed, and catches up when let go', async ({ page }) => {
	await page.goto('/map');
	await ready(page);
	const before = await rows(page);
	expect(before.some((l) => l.includes('United States|Ban or block'))).toBe(true);
	const slider = page.getByRole('slider', { name: /^To/ });
	const day = String(Date.UTC(2017, 11, 31) / 86_400_000);
	// An input without a change: the map follows, the table waits.
	await slider.evaluate((el: HTMLInputElement, v: string) => {
		el.value = v;
		el.dispatchEvent(new Event('input', { bubbles: true }));
	}, day);
	await expect(page.locator('.summary')).toContainText('undated events are not shown');
	await expect(page.locator('#map-links')).toHaveAttribute('aria-busy', 'true');
	await expect(page.getByText('the table keeps the window it had')).toBeVisible();
	expect(await rows(page)).toEqual(before);
	// Let go: the table shows the window.
	await slider.evaluate((el: HTMLInputElement) => el.dispatchEvent(new Event('change', { bubbles: true })));
	await expect(page).toHaveURL(/end=2017-12-31/);
	await expect(page.locator('#map-links')).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByText('the table keeps the window it had')).toBeHidden();
	await expect.poll(() => rows(page)).toContain('Telegram|United Arab Emirates|Indonesia|Agreement');
	expect((await rows(page)).some((l) => l.includes('United States|Ban or block'))).toBe(false);
});
