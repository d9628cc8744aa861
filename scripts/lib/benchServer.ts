/**
 * What the browser benchmarks share: the built app served with a given events file, percentiles,
 * and the JS a page loaded (fetched again and gzipped, as a server would send it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** The q-quantile (0..1) of a list; NaN when it is empty. */
export function quantile(xs: number[], q: number): number {
	if (xs.length === 0) return Number.NaN;
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Starts `node <build>` on 127.0.0.1:port with LINIMASA_EVENTS=file and waits until it answers. */
export async function startServer(build: string, file: string, port: number): Promise<ChildProcess> {
	const server = spawn(process.execPath, [build], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LINIMASA_EVENTS: file, TZ: 'UTC' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let tries = 0; tries < 200; tries++) {
		try {
			await fetch(`http://127.0.0.1:${port}/schema/events.json`);
			return server;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	server.kill();
	throw new Error('the server did not start within 20 s');
}

/**
 * Stops a server and waits until it has exited: the next size starts a server on the same port,
 * and one still shutting down would answer its first request and then refuse the rest.
 */
export async function stopServer(server: ChildProcess): Promise<void> {
	if (server.exitCode !== null || server.signalCode !== null) return;
	const exited = new Promise((resolveExit) => server.once('exit', resolveExit));
	server.kill();
	// A server that does not stop within 5 s is killed outright.
	const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
	await exited;
	clearTimeout(timer);
}

/** The JS modules a page has loaded, fetched again from `base`: their count, raw and gzipped bytes. */
export async function loadedJs(page: Page, base: string): Promise<{ files: number; raw: number; gzip: number; bodies: Buffer[] }> {
	const urls: string[] = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => e.name)
			.filter((n) => n.endsWith('.js'))
	);
	const bodies: Buffer[] = [];
	for (const url of new Set(urls)) bodies.push(Buffer.from(await (await fetch(url.replace(/^https?:\/\/[^/]+/, base))).arrayBuffer()));
	return {
		files: bodies.length,
		raw: bodies.reduce((a, b) => a + b.length, 0),
		gzip: bodies.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0),
		bodies
	};
}
