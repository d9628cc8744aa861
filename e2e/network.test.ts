import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

async function ready(page: Page) {
	await expect(page.locator('.graph[data-ready="true"]')).toBeVisible();
}

test('the network shows companies, government bodies, people and countries with the seed links', async ({ page }) => {
	await page.goto('/network');
	await ready(page);
	for (const key of ['a:huawei', 'a:telegram', 'a:xiaomi', 'a:line', 'a:id-kominfo', 'a:rudiantara', 'c:ID', 'c:RU', 'c:CN', 'c:TW'])
		await expect(page.locator(`[data-node="${key}"]`)).toHaveCount(1);
	for (const edge of ['a:huawei|c:RU|negotiation', 'a:huawei|a:us-commerce|ban', 'a:telegram|a:id-kominfo|ban', 'a:telegram|a:id-kominfo|meeting', 'a:telegram|a:id-kominfo|agreement', 'a:xiaomi|a:gov-tw|investigation', 'a:line|a:gov-cn|ban'])
		await expect(page.locator(`[data-edge="${edge}"]`)).toHaveCount(1);
});

test('the layout is deterministic: the same page twice puts nodes in the same places', async ({ page }) => {
	const positions = async () => {
		await page.goto('/network');
		await ready(page);
		return page.locator('[data-node]').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-node')}@${n.getAttribute('transform')}`));
	};
	expect(await positions()).toEqual(await positions());
});

test('clicking a country node filters; the time window fades later links without moving nodes', async ({ page }) => {
	await page.goto('/network');
	await ready(page);
	const before = await page.locator('[data-node="a:huawei"]').getAttribute('transform');
	await page.goto('/network?start=2017-07-01&end=2017-12-31');
	await ready(page);
	await expect(page.locator('[data-edge="a:huawei|a:us-commerce|ban"]')).toHaveClass(/off/);
	await expect(page.locator('[data-edge="a:telegram|a:id-kominfo|ban"]')).not.toHaveClass(/off/);
	expect(await page.locator('[data-node="a:huawei"]').getAttribute('transform')).toBe(before);
	await page.locator('[data-node="c:ID"]').click();
	await expect(page).toHaveURL(/[?&]country=ID(&|$)/);
	await expect(page).toHaveURL(/start=2017-07-01/);
});

test('hovering a node shows its links by type', async ({ page }) => {
	await page.goto('/network');
	await ready(page);
	await page.locator('[data-node="a:telegram"]').hover();
	await expect(page.locator('.tooltip')).toContainText('Telegram');
	await expect(page.locator('.tooltip')).toContainText('Meeting');
});

test('the matrix view lists companies by country', async ({ page }) => {
	await page.goto('/network');
	await ready(page);
	await page.getByRole('button', { name: 'Show as matrix' }).click();
	await expect(page.locator('[data-cell="huawei|RU"]')).toHaveCount(1);
	await page.locator('[data-cell="xiaomi|TW"]').click();
	await expect(page).toHaveURL(/actor=xiaomi/);
	await expect(page).toHaveURL(/country=TW/);
});

test('axe finds no serious problems, and screenshots at 1280 and 390', async ({ page }, testInfo) => {
	test.setTimeout(90_000);
	for (const [width, height] of [[1280, 800], [390, 844]] as const) {
		await page.setViewportSize({ width, height });
		await page.goto('/network');
		await ready(page);
		const results = await new AxeBuilder({ page }).analyze();
		const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
		await testInfo.attach(`network-${width}.png`, { body: await page.screenshot({ fullPage: false }), contentType: 'image/png' });
	}
});
