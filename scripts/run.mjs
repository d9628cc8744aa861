#!/usr/bin/env node
/**
 * node scripts/run.mjs ENTRY.ts [args...]
 *
 * Runs a TypeScript command-line script as one esbuild bundle. tsx would do too, but it compiles
 * with keepNames, which wraps every closure and makes the ingest's hot loops markedly slower.
 * The ingest's worker thread is bundled beside it. The pure-JS packages the extractor uses are
 * bundled too: imported from node_modules, `date-fns` and `date-fns/locale` load every one of
 * their hundreds of modules, about half a second at the start of each worker thread. Other
 * packages (Playwright, native code) stay in node_modules.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const BUNDLED = new Set(['date-fns', 'zod', 'edtf']);

/** Marks every package import external except those in BUNDLED. */
const externalPackages = {
	name: 'external-packages',
	setup(build) {
		build.onResolve({ filter: /^[^./$]/ }, (args) => {
			if (args.path.startsWith('node:')) return { path: args.path, external: true };
			const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
			return BUNDLED.has(name) ? undefined : { path: args.path, external: true };
		});
	}
};

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
	process.stderr.write('usage: node scripts/run.mjs ENTRY.ts [args...]\n');
	process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const outdir = join(root, 'node_modules', '.cache', 'linimasa-scripts', basename(entry, '.ts'));
mkdirSync(outdir, { recursive: true });
await build({
	entryPoints: { main: resolve(entry), worker: join(root, 'src/lib/ingest/worker.ts') },
	outdir,
	outExtension: { '.js': '.mjs' },
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// Node 20 has \p{...} in regular expressions, but for a node20 target esbuild rewrites many
	// such literals as `new RegExp(...)` calls, which inside a function build the expression
	// again at every call.
	supported: { 'regexp-unicode-property-escapes': true },
	plugins: [externalPackages],
	alias: { $lib: join(root, 'src/lib') },
	sourcemap: 'inline',
	logLevel: 'error'
});
process.argv = [process.argv[0], resolve(entry), ...args];
await import(pathToFileURL(join(outdir, 'main.mjs')).href);
