#!/usr/bin/env node
/**
 * node scripts/serve.mjs — serves the built app (build/handler.js, as `node build` does, on PORT
 * and HOST) with two things adapter-node leaves out:
 * - the address the README promises as the origin when none is given. Without ORIGIN,
 *   adapter-node takes every request for https://HOST, so absolute addresses (canonical links,
 *   oEmbed, embed code, the source line of exported charts) would say https://localhost:3000 for
 *   a server on plain http. Behind a proxy, set ORIGIN (or PROTOCOL_HEADER and HOST_HEADER).
 * - the framing headers on static files (the JS, CSS and files of static/), which SvelteKit's
 *   hook never sees: the same rules as its pages (src/lib/embed/frameHeaders.js). Headers set
 *   here are defaults; SvelteKit's own responses replace them with theirs.
 */
import { createServer } from 'node:http';
import { frameHeaders, parseFrameAncestors } from '../src/lib/embed/frameHeaders.js';

const env = process.env;
const port = Number(env.PORT ?? 3000);
const host = env.HOST ?? '0.0.0.0';
if (!env.ORIGIN && !env.PROTOCOL_HEADER) {
	const name = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(host) ? 'localhost' : host;
	env.ORIGIN = `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}
// build/handler.js reads ORIGIN when it loads: import it after setting it.
const { handler } = await import('../build/handler.js');
const { origins } = parseFrameAncestors(env.LINIMASA_FRAME_ANCESTORS);

createServer((req, res) => {
	for (const [name, value] of Object.entries(frameHeaders((req.url ?? '/').split('?')[0], origins))) res.setHeader(name, value);
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
}).listen(port, host, () => console.log(`Listening on ${env.ORIGIN ?? `http://${host}:${port}`}`));
