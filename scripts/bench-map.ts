/**
 * npm run bench:map [-- --sizes 10000,100000] [--no-build]
 *
 * Drives the real /map and /network pages in headless Chromium (1280x720) on seeded synthetic
 * corpora (scripts/synth.ts: 2,000 companies across 200 countries by default), written to a
 * temporary folder (never into data/) and served with LINIMASA_EVENTS pointing at them. Prints
 * - server: first request (loads and indexes the corpus, derives the links), a cold derivation
 *   for new filters, and the payload size (raw and gzipped);
 * - map: first render (ms from navigation start to the first complete canvas draw, median of 3);
 *   main-thread ms per input event (handlers, Svelte update, canvas draw), p50 and p95, for
 *   hover (40 pointer moves), zoom (30 wheel steps) and the time scrubber (30 slider moves);
 *   for zoom also the ms from the end of the gesture until the map is drawn at its new zoom
 *   (during a gesture the layers only move);
 *   playback frames (2 s of the play button);
 * - network: time until the view is shown, and hover cost, in whichever mode the size gets
 *   (force layout or adjacency matrix);
 * - JS: gzipped JS of the /map route, and whether the dashboard loads the world atlas.
 * Figures only: nothing here asserts a target.
 */
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { cpSync, mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { loadedJs, quantile, startServer, stopServer } from './lib/benchServer';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100000' },
		companies: { type: 'string', default: '2000' },
		countries: { type: 'string', default: '200' },
		'no-build': { type: 'boolean', default: false }
	}
});
const sizes = values.sizes!.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 1_000_000)) {
	process.stderr.write(`bench:map: --sizes ${values.sizes}: expected whole numbers from 1 to 1000000, e.g. 10000,100000\n`);
	process.exit(2);
}
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
	process.stderr.write(`bench:map: no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)\n`);
	process.exit(2);
}

if (!values['no-build']) execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const root = mkdtempSync(join(tmpdir(), 'linimasa-bench-map-'));
// Serve a copy of the build, so a rebuild by someone else meanwhile cannot pull files from under
// the server. It sits inside node_modules/.cache so that its imports still find node_modules.
const served = join('node_modules', '.cache', `linimasa-bench-map-build-${process.pid}`);
mkdirSync(served, { recursive: true });
cpSync('build', served, { recursive: true });
const port = 4520 + Math.floor(Math.random() * 60);
const base = `http://127.0.0.1:${port}`;

const f1 = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(1));
const p5095 = (xs: number[]) => `p50 ${f1(quantile(xs, 0.5))} ms, p95 ${f1(quantile(xs, 0.95))} ms`;

async function routeJs(page: Page): Promise<{ gzip: number; files: number; atlas: boolean }> {
	const { gzip, files, bodies } = await loadedJs(page, base);
	return { gzip, files, atlas: bodies.some((b) => b.includes('"Topology"') || b.includes('"arcs":[[')) };
}

/** Main-thread time from each input event until its synchronous work is done, plus canvas frames. */
async function probe(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { __bench: { sync: number[] } };
		w.__bench = { sync: [] };
		const channel = new MessageChannel();
		const started: number[] = [];
		channel.port1.onmessage = () => {
			const t0 = started.shift();
			if (t0 !== undefined) w.__bench.sync.push(performance.now() - t0);
		};
		for (const type of ['wheel', 'pointermove', 'input']) {
			document.addEventListener(
				type,
				() => {
					started.push(performance.now());
					channel.port2.postMessage(0);
				},
				{ capture: true }
			);
		}
	});
}

type Step = () => Promise<void>;
async function measure(page: Page, steps: Step[]): Promise<number[]> {
	const costs: number[] = [];
	for (const step of steps) {
		await page.evaluate(() => {
			const w = window as unknown as { __bench: { sync: number[] }; __linimasaMapPerf?: { frames: number[] } };
			w.__bench.sync = [];
			if (w.__linimasaMapPerf) w.__linimasaMapPerf.frames = [];
		});
		await step();
		// Two frames: the pointer handler's own requestAnimationFrame, then the canvas redraw.
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
		const { sync, frames } = await page.evaluate(() => {
			const w = window as unknown as { __bench: { sync: number[] }; __linimasaMapPerf?: { frames: number[] } };
			return { sync: w.__bench.sync, frames: w.__linimasaMapPerf?.frames ?? [] };
		});
		costs.push(sync.reduce((a, b) => a + b, 0) + frames.reduce((a, b) => a + b, 0));
	}
	return costs;
}

console.log(`bench:map on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), node ${process.version}, Chromium at 1280x720`);
const browser = await chromium.launch({
	executablePath,
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
});
try {
	for (const n of sizes) {
		const file = join(root, `events-${n}.json`);
		execFileSync(process.execPath, ['scripts/run.mjs', 'scripts/synth.ts', '--events', String(n), '--companies', values.companies!, '--countries', values.countries!, '--out', file], { stdio: 'ignore' });
		const server = await startServer(served, file, port);
		try {
			console.log(`\n== ${n.toLocaleString('en')} events, ${values.companies} companies, ${values.countries} countries`);
			let t = performance.now();
			const body = Buffer.from(await (await fetch(`${base}/api/links`)).arrayBuffer());
			const first = performance.now() - t;
			t = performance.now();
			await (await fetch(`${base}/api/links?type=ban,fine,lawsuit`)).arrayBuffer();
			const cold = performance.now() - t;
			t = performance.now();
			await (await fetch(`${base}/api/links`)).arrayBuffer();
			const cached = performance.now() - t;
			const payload = JSON.parse(body.toString()) as { links: { type: number[] }; events: { day: number[] } };
			console.log(`server   first /api/links ${f1(first)} ms (loads the corpus), new filters ${f1(cold)} ms, cached ${f1(cached)} ms`);
			console.log(`payload  ${payload.links.type.length.toLocaleString('en')} links from ${payload.events.day.length.toLocaleString('en')} events: ${(body.length / 1024 / 1024).toFixed(2)} MiB raw, ${(gzipSync(body).length / 1024 / 1024).toFixed(2)} MiB gzipped`);

			const firsts: number[] = [];
			let page: Page | null = null;
			for (let run = 0; run < 3; run++) {
				await page?.close();
				page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
				await page.goto(`${base}/map`);
				await page.waitForFunction(() => (window as unknown as { __linimasaMapPerf?: { firstRender: number | null } }).__linimasaMapPerf?.firstRender != null, null, { timeout: 120_000 });
				firsts.push(await page.evaluate(() => (window as unknown as { __linimasaMapPerf: { firstRender: number } }).__linimasaMapPerf.firstRender));
			}
			page = page!;
			await page.locator('.map[data-ready="true"]').waitFor();
			const mapJs = await routeJs(page);
			await probe(page);
			const box = (await page.locator('.map').boundingBox())!;
			const hover = await measure(
				page,
				Array.from({ length: 40 }, (_, i) => () => page!.mouse.move(box.x + 40 + ((i * 97) % (box.width - 80)), box.y + 40 + ((i * 53) % (box.height - 80))))
			);
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.evaluate(() => ((window as unknown as { __linimasaMapPerf: { settles: number[] } }).__linimasaMapPerf.settles = []));
			const zoom = await measure(page, Array.from({ length: 30 }, (_, i) => () => page!.mouse.wheel(0, i < 15 ? -120 : 120)));
			// The map is laid out and drawn again when the wheel rests (150 ms after its last event).
			await page.waitForTimeout(600);
			const settles = await page.evaluate(() => (window as unknown as { __linimasaMapPerf: { settles: number[] } }).__linimasaMapPerf.settles);
			await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
			const slider = page.getByRole('slider', { name: /^To/ });
			const [lo, hi] = await slider.evaluate((el: HTMLInputElement) => [Number(el.min), Number(el.max)]);
			const scrub = await measure(
				page,
				Array.from({ length: 30 }, (_, i) => () =>
					slider.evaluate((el: HTMLInputElement, v: number) => {
						el.value = String(v);
						el.dispatchEvent(new Event('input', { bubbles: true }));
					}, Math.round(hi - ((hi - lo) * (i + 1)) / 32))
				)
			);
			await slider.evaluate((el: HTMLInputElement, v: number) => {
				el.value = String(v);
				el.dispatchEvent(new Event('input', { bubbles: true }));
				el.dispatchEvent(new Event('change', { bubbles: true }));
			}, hi);
			await page.evaluate(() => {
				(window as unknown as { __linimasaMapPerf: { frames: number[] } }).__linimasaMapPerf.frames = [];
			});
			await page.getByRole('button', { name: 'Play through time' }).click();
			await page.waitForTimeout(2000);
			const play = await page.evaluate(() => (window as unknown as { __linimasaMapPerf: { frames: number[] } }).__linimasaMapPerf.frames);
			await page.getByRole('button', { name: 'Pause' }).click();
			await page.close();
			console.log(`map      first render ${f1(quantile(firsts, 0.5))} ms (median of 3: ${firsts.map(f1).join(', ')})`);
			console.log(`map      hover  ${p5095(hover)}`);
			console.log(`map      zoom   ${p5095(zoom)}; redrawn after the gesture in ${settles.map(f1).join(', ') || 'n/a'} ms`);
			console.log(`map      scrub  ${p5095(scrub)}`);
			console.log(`map      play   ${play.length} canvas frames in 2 s, draw ${p5095(play)}`);
			console.log(`map JS   ${mapJs.files} files, ${(mapJs.gzip / 1024).toFixed(1)} KiB gzipped (atlas chunk included: ${mapJs.atlas})`);

			const net = await browser.newPage({ viewport: { width: 1280, height: 720 } });
			t = performance.now();
			await net.goto(`${base}/network`);
			await net.locator('.graph[data-ready="true"], .matrix rect').first().waitFor({ timeout: 120_000 });
			const shown = performance.now() - t;
			const mode = (await net.locator('.matrix').count()) ? 'matrix' : 'graph';
			const layout = await net.evaluate(() => (window as unknown as { __linimasaNetworkLayout?: number }).__linimasaNetworkLayout ?? null);
			await probe(net);
			const area = (await net.locator(mode === 'matrix' ? '.matrix' : '.graph').boundingBox())!;
			const netHover = await measure(
				net,
				Array.from({ length: 30 }, (_, i) => () => net.mouse.move(area.x + 160 + ((i * 37) % Math.max(1, Math.min(area.width, 900) - 170)), area.y + 100 + ((i * 23) % 400)))
			);
			console.log(`network  ${mode}: shown ${f1(shown)} ms after navigation${layout !== null ? `, force layout ${f1(layout)} ms` : ''}; hover ${p5095(netHover)}`);
			await net.close();

			const dash = await browser.newPage({ viewport: { width: 1280, height: 720 } });
			await dash.goto(`${base}/`);
			await dash.waitForTimeout(1500);
			const dashJs = await routeJs(dash);
			console.log(`dashboard JS loads the world atlas: ${dashJs.atlas}`);
			await dash.close();
		} finally {
			await stopServer(server);
		}
	}
} finally {
	await browser.close();
	rmSync(root, { recursive: true, force: true });
	rmSync(served, { recursive: true, force: true });
}
console.log('\nframe ms: main-thread work per input event (handlers, Svelte update, canvas draw), as in bench:timeline.');
