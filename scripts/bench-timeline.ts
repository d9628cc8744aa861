/**
 * npm run bench:timeline [-- --sizes 1000,10000,100000] [--no-build]
 *
 * Drives the real dashboard in headless Chromium (1280x720): for each size it writes a seeded
 * synthetic events file to a temporary folder (never into data/), serves the built app with
 * LINIMASA_EVENTS pointing at it, and prints
 * - the server's first load of the corpus (parse, validate, index), once per server start;
 * - first render: ms from navigation start until the timeline's first complete draw;
 * - zoom and pan frames: main-thread work per input event (Chromium's TaskDuration: handlers,
 *   Svelte's update, canvas draw, style, layout, paint), p50 and p95 over 40 wheel steps and 40
 *   drag moves, less the harness's own share (the same steps without input);
 * - the gzipped JS the dashboard route loads.
 * Figures only: nothing here asserts a target.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const { values } = parseArgs({
	options: { sizes: { type: 'string', default: '1000,10000,100000' }, 'no-build': { type: 'boolean', default: false } }
});
const sizes = values.sizes!.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 1_000_000)) {
	process.stderr.write(`bench:timeline: --sizes ${values.sizes}: expected whole numbers from 1 to 1000000, e.g. 1000,10000\n`);
	process.exit(2);
}
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
	process.stderr.write(`bench:timeline: no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)\n`);
	process.exit(2);
}

if (!values['no-build']) execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const root = mkdtempSync(join(tmpdir(), 'linimasa-bench-timeline-'));
const port = 4600 + Math.floor(Math.random() * 300);
const base = `http://127.0.0.1:${port}`;

const quantile = (xs: number[], q: number) => {
	if (xs.length === 0) return Number.NaN;
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const ms = (x: number) => (Number.isNaN(x) ? '   n/a' : x.toFixed(1).padStart(6));

async function startServer(file: string): Promise<ChildProcess> {
	const server = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LINIMASA_EVENTS: file, TZ: 'UTC' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let tries = 0; tries < 200; tries++) {
		try {
			await fetch(`${base}/schema/events.json`);
			return server;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	server.kill();
	throw new Error('the server did not start within 20 s');
}

/** Gzipped size of the JS modules the page loads (its entry scripts and their preloads). */
async function routeJsBytes(page: Page): Promise<{ raw: number; gzip: number; files: number }> {
	const urls: string[] = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => e.name)
			.filter((n) => n.endsWith('.js'))
	);
	let raw = 0;
	let gzip = 0;
	for (const url of new Set(urls)) {
		const body = Buffer.from(await (await fetch(url.replace(/^https?:\/\/[^/]+/, base))).arrayBuffer());
		raw += body.length;
		gzip += gzipSync(body, { level: 9 }).length;
	}
	return { raw, gzip, files: new Set(urls).size };
}

type Step = () => Promise<void>;

/**
 * Main-thread work per input step, from Chromium's own counter (Performance.getMetrics'
 * TaskDuration): the input handlers, Svelte's update, the canvas draw, style, layout and paint
 * of the frame it causes. Idle time and other processes do not count.
 */
async function measure(page: Page, steps: Step[]): Promise<number[]> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const taskSeconds = async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
	};
	const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	const costs: number[] = [];
	for (const step of steps) {
		await settle();
		const before = await taskSeconds();
		await step();
		await settle();
		costs.push((await taskSeconds()) - before);
	}
	await cdp.detach();
	// The two settling frames and the metric calls themselves cost a little: take the floor of
	// a step without input away, so the figure is the input's own work.
	return costs.map((c) => c * 1000);
}

/** The same measurement for a step that does nothing: the harness's own share. */
async function baseline(page: Page): Promise<number> {
	const idle = await measure(page, Array.from({ length: 10 }, () => async () => {}));
	return quantile(idle, 0.5);
}

console.log(`bench:timeline on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), node ${process.version}, Chromium at 1280x720`);
console.log('events   corpus load s  first render ms (cold)  zoom p50  zoom p95  pan p50  pan p95   (frame ms)');
const browser = await chromium.launch({
	executablePath,
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
});
let bundle: { raw: number; gzip: number; files: number } | null = null;
const results: { n: number; first: number; zoom95: number; zoom50: number }[] = [];
try {
	for (const n of sizes) {
		const file = join(root, `events-${n}.json`);
		execFileSync(process.execPath, ['scripts/run.mjs', 'scripts/synth.ts', '--events', String(n), '--out', file], { stdio: 'ignore' });
		const server = await startServer(file);
		try {
			// The server loads and indexes the corpus on its first request; that is timed apart.
			const loadStarted = performance.now();
			await fetch(`${base}/`);
			const load = (performance.now() - loadStarted) / 1000;

			const firsts: number[] = [];
			let page: Page | null = null;
			for (let run = 0; run < 4; run++) {
				await page?.close();
				page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
				await page.goto(`${base}/`);
				await page.waitForFunction(() => (window as unknown as { __linimasaPerf?: { firstRender: number | null } }).__linimasaPerf?.firstRender != null, null, { timeout: 60_000 });
				firsts.push(await page.evaluate(() => (window as unknown as { __linimasaPerf: { firstRender: number } }).__linimasaPerf.firstRender));
			}
			page = page!;
			bundle ??= await routeJsBytes(page);
			const floor = await baseline(page);
			const plot = await page.locator('.plot').boundingBox();
			if (!plot) throw new Error('no .plot element on the page');
			const cx = plot.x + plot.width / 2;
			const cy = plot.y + Math.min(plot.height, 300) / 2;
			await page.mouse.move(cx, cy);
			const zoomSteps: Step[] = Array.from({ length: 40 }, (_, i) => () => page!.mouse.wheel(0, i < 20 ? -120 : 120));
			const zoom = (await measure(page, zoomSteps)).map((c) => Math.max(0, c - floor));
			await page.mouse.move(cx, cy);
			await page.mouse.down();
			const panSteps: Step[] = Array.from({ length: 40 }, (_, i) => () => page!.mouse.move(cx + (i < 20 ? -12 : 12) * ((i % 20) + 1), cy));
			const pan = (await measure(page, panSteps)).map((c) => Math.max(0, c - floor));
			await page.mouse.up();
			await page.close();
			// The first load also compiles the scripts and fills the HTTP cache: shown apart as "cold".
			const cold = firsts[0]!;
			const first = quantile(firsts.slice(1), 0.5);
			results.push({ n, first, zoom50: quantile(zoom, 0.5), zoom95: quantile(zoom, 0.95) });
			console.log(
				`${String(n).padStart(7)}  ${load.toFixed(2).padStart(13)}  ${ms(first).padStart(15)} ${`(${cold.toFixed(0)})`.padStart(8)}  ${ms(quantile(zoom, 0.5)).padStart(8)}  ${ms(quantile(zoom, 0.95)).padStart(8)}  ${ms(quantile(pan, 0.5)).padStart(7)}  ${ms(quantile(pan, 0.95)).padStart(7)}`
			);
		} finally {
			server.kill();
		}
	}
} finally {
	await browser.close();
	rmSync(root, { recursive: true, force: true });
}
if (bundle) console.log(`dashboard route JS: ${bundle.files} files, ${(bundle.raw / 1024).toFixed(1)} KiB raw, ${(bundle.gzip / 1024).toFixed(1)} KiB gzipped`);
// Reference figures from the issue, measured on this kind of machine in the same headless
// Chromium: vis-timeline 8.5 at 10k point events in 20 groups, 2.4 s first render, 1.4 s per zoom step.
const at10k = results.find((r) => r.n === 10_000);
if (at10k) console.log(`vs vis-timeline 8.5 at 10k (reference 2400 ms first render, 1400 ms per zoom step): ${(2400 / at10k.first).toFixed(0)}x faster first render, ${(1400 / at10k.zoom50).toFixed(0)}x faster zoom step`);
console.log('first render: median of 3 page loads after a cold one; frame ms: main-thread work per input event (Chromium TaskDuration, harness share removed).');

