#!/usr/bin/env node
/**
 * node scripts/serve.mjs — serves the built app (build/) as `node build` does, with the address
 * the README promises as its origin when none is given. Without ORIGIN, adapter-node takes every
 * request for https://HOST, so absolute addresses (canonical links, oEmbed, embed code, the source
 * line of exported charts) would say https://localhost:3000 for a server on plain http. Behind a
 * proxy, set ORIGIN (or PROTOCOL_HEADER and HOST_HEADER) as adapter-node documents.
 */
const env = process.env;
if (!env.ORIGIN && !env.PROTOCOL_HEADER) {
	const host = !env.HOST || ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(env.HOST) ? 'localhost' : env.HOST;
	env.ORIGIN = `http://${host.includes(':') ? `[${host}]` : host}:${env.PORT ?? '3000'}`;
}
await import('../build/index.js');
