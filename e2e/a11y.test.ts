/** axe finds no serious or critical violations on the dashboard, the reader and an event page, in both themes. */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

const file = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string; sources: { article: string }[] }[] };
const event = file.events.find((e) => e.sources.length > 1) ?? file.events[0]!;
const pages = ['/', `/?event=${event.id}`, '/?lang=id&theme=dark', `/articles/${event.sources[0]!.article}`, `/events/${event.id}`, `/events/${event.id}?theme=dark`];

for (const path of pages) {
	test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
	});
}
