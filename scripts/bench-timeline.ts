/**
 * npm run bench:timeline [-- --sizes 1000,10000,100000] [--no-build]
 *
 * Drives the real dashboard in headless Chromium (1280x720): for each size it writes a seeded
 * synthetic events file to a temporary folder (never into data/), serves the built app with
 * LINIMASA_EVENTS pointing at it, and prints
 * - the server's first load of the corpus (parse, validate, index), once per server start;
 * - first render: ms from navigation start until the timeline's first complete draw, in a tab
 *   already on the site with the scripts in the HTTP cache (median of 3), and cold (a first
 *   visit: a new tab, nothing cached);
 * - zoom and pan frames: main-thread work per frame of a continuous gesture (one wheel step or
 *   drag move per frame, 60 frames each: handlers, Svelte's update and the canvas draw), p50 and
 *   p95, and the time between animation frames during the gestures;
 * - the gzipped JS the dashboard route loads.
 * Figures only: nothing here asserts a target.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { loadedJs, quantile, startServer, stopServer } from './lib/benchServer';

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

const ms = (x: number) => (Number.isNaN(x) ? '   n/a' : x.toFixed(1).padStart(6));

/**
 * One continuous gesture, as a hand makes it: an input event every frame for `frames` frames
 * (wheel steps, or a drag), driven inside the page. For each frame: the main-thread work it
 * caused (the input's handlers and Svelte's update, run to completion, plus the canvas redraw
 * that frame) and the time to the next frame. The gesture ends once, after its last frame, as
 * it does for a user; committing the window to the URL then is not a frame of the gesture.
 */
async function gesture(page: Page, kind: 'zoom' | 'pan', frames: number): Promise<{ work: number[]; interval: number[] }> {
	return page.evaluate(
		async ({ kind, frames }) => {
			const plot = document.querySelector<HTMLElement>('.plot')!;
			const box = plot.getBoundingClientRect();
			const x = box.left + box.width / 2;
			const y = box.top + Math.min(box.height, 300) / 2;
			const perf = (window as unknown as { __linimasaPerf: { frames: number[] } }).__linimasaPerf;
			const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));
			const work: number[] = [];
			const interval: number[] = [];
			const half = frames / 2;
			if (kind === 'pan') plot.dispatchEvent(new MouseEvent('mousedown', { clientX: x, clientY: y, bubbles: true, cancelable: true, view: window, button: 0 }));
			let last = await nextFrame();
			for (let f = 0; f < frames; f++) {
				const drawn = perf.frames.length;
				const t0 = performance.now();
				if (kind === 'zoom') {
					plot.dispatchEvent(new WheelEvent('wheel', { deltaY: f < half ? -40 : 40, clientX: x, clientY: y, bubbles: true, cancelable: true, view: window }));
				} else {
					const dx = (f < half ? -1 : 1) * 6 * ((f % half) + 1);
					window.dispatchEvent(new MouseEvent('mousemove', { clientX: x + dx, clientY: y, bubbles: true, cancelable: true, view: window }));
				}
				// Svelte flushes its updates in microtasks: wait until they are done.
				await new Promise((r) => setTimeout(r, 0));
				const handled = performance.now() - t0;
				const now = await nextFrame();
				// The canvas redraws in an animation frame callback registered before ours.
				const draw = perf.frames.slice(drawn).reduce((a, b) => a + b, 0);
				work.push(handled + draw);
				interval.push(now - last);
				last = now;
			}
			if (kind === 'pan') window.dispatchEvent(new MouseEvent('mouseup', { clientX: x, clientY: y, bubbles: true, view: window }));
			return { work, interval };
		},
		{ kind, frames }
	);
}

console.log(`bench:timeline on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), node ${process.version}, Chromium at 1280x720`);
console.log('events   corpus load s  first render ms (cold)  zoom p50  zoom p95  pan p50  pan p95  frame-to-frame p50  p95   (ms)');
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
		const server = await startServer('build', file, port);
		try {
			// The server loads and indexes the corpus on its first request; that is timed apart.
			const loadStarted = performance.now();
			await fetch(`${base}/`);
			const load = (performance.now() - loadStarted) / 1000;

			const firsts: number[] = [];
			let page: Page | null = null;
			// One browser context: after the first (cold) load the scripts are in its HTTP cache, as
			// for anyone who has opened Linimasa before.
			const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
			for (let run = 0; run < 4; run++) {
				await page?.close();
				page = await context.newPage();
				// A new tab first starts a renderer process for the site; that start-up is the
				// browser's, not the page's. After the cold run, the tab is already on the site (a
				// small page of it) when the dashboard is opened, as when a user navigates.
				if (run > 0) await page.goto(`${base}/schema/events.json`);
				await page.goto(`${base}/`);
				await page.waitForFunction(() => (window as unknown as { __linimasaPerf?: { firstRender: number | null } }).__linimasaPerf?.firstRender != null, null, { timeout: 60_000 });
				firsts.push(await page.evaluate(() => (window as unknown as { __linimasaPerf: { firstRender: number } }).__linimasaPerf.firstRender));
			}
			page = page!;
			bundle ??= await loadedJs(page, base);
			const zoomed = await gesture(page, 'zoom', 60);
			await page.waitForTimeout(400);
			const panned = await gesture(page, 'pan', 60);
			const zoom = zoomed.work;
			const pan = panned.work;
			const intervals = [...zoomed.interval, ...panned.interval];
			await page.close();
			await context.close();
			// The first load (a new tab, nothing cached) is shown apart as "cold".
			const cold = firsts[0]!;
			const first = quantile(firsts.slice(1), 0.5);
			results.push({ n, first, zoom50: quantile(zoom, 0.5), zoom95: quantile(zoom, 0.95) });
			console.log(
				`${String(n).padStart(7)}  ${load.toFixed(2).padStart(13)}  ${ms(first).padStart(15)} ${`(${cold.toFixed(0)})`.padStart(8)}  ${ms(quantile(zoom, 0.5)).padStart(8)}  ${ms(quantile(zoom, 0.95)).padStart(8)}  ${ms(quantile(pan, 0.5)).padStart(7)}  ${ms(quantile(pan, 0.95)).padStart(7)}  ${ms(quantile(intervals, 0.5)).padStart(7)}  ${ms(quantile(intervals, 0.95)).padStart(7)}`
			);
		} finally {
			await stopServer(server);
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
console.log('first render: median of 3 loads in a tab already on the site with the scripts cached, after a cold first visit in a new tab. zoom/pan: main-thread work per frame of a continuous 60-frame gesture (handlers, Svelte update, canvas draw); frame-to-frame: time between animation frames during those gestures.');

