/**
 * npm run ingest -- [--articles DIR] [--out FILE] [--gazetteer DIR] [--curation DIR | --no-curation]
 *                   [--max-bytes N] [--strict] [--quiet] [--stats] [--workers N]
 *
 * Exit status: 0 written (rejected files are listed, not fatal); 1 nothing written (invalid
 * output, unreadable gazetteer, cannot write); 2 usage error; 3 written, but --strict and some
 * input was rejected.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { UsageError } from '../src/lib/ingest/corpus';
import { defaultCurationDir, ingest, writeAtomically } from '../src/lib/ingest/run';
import { EVENT_TYPES } from '../src/lib/schema/events';

const USAGE = `usage: npm run ingest -- [--articles DIR] [--out FILE] [--gazetteer DIR] [--curation DIR | --no-curation] [--max-bytes N] [--strict] [--quiet] [--stats] [--workers N]`;

function fail(message: string, code: number): never {
	process.stderr.write(`ingest: ${message}\n`);
	process.exit(code);
}

let args;
try {
	args = parseArgs({
		options: {
			articles: { type: 'string', default: 'data/articles' },
			out: { type: 'string', default: 'data/events.json' },
			gazetteer: { type: 'string', default: 'data/gazetteer' },
			curation: { type: 'string' },
			'no-curation': { type: 'boolean', default: false },
			'max-bytes': { type: 'string' },
			strict: { type: 'boolean', default: false },
			quiet: { type: 'boolean', default: false },
			stats: { type: 'boolean', default: false },
			workers: { type: 'string' },
			help: { type: 'boolean', default: false }
		},
		strict: true,
		allowPositionals: false
	}).values;
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`, 2);
}
if (args.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(0);
}
let maxBytes: number | undefined;
if (args['max-bytes'] !== undefined) {
	maxBytes = Number(args['max-bytes']);
	if (!Number.isInteger(maxBytes) || maxBytes < 1) fail(`--max-bytes ${args['max-bytes']}: expected a whole number of bytes`, 2);
}
if (args.curation && args['no-curation']) fail('--curation and --no-curation contradict each other', 2);
let workers: number | undefined;
if (args.workers !== undefined) {
	workers = Number(args.workers);
	if (!Number.isInteger(workers) || workers < 1 || workers > 64) fail(`--workers ${args.workers}: expected a whole number from 1 to 64`, 2);
}

const started = performance.now();
const bar =
	process.stderr.isTTY && !args.quiet
		? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} articles {percentage}% eta {eta}s', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
		: null;
let barStarted = false;

try {
	const result = await ingest({
		articlesDir: args.articles!,
		outFile: args.out!,
		gazetteerDir: args.gazetteer!,
		curationDir: args['no-curation'] ? null : (args.curation ?? defaultCurationDir(args.articles!)),
		maxBytes,
		workers,
		onProgress: (done, total) => {
			if (!bar || total < 50) return;
			if (!barStarted) {
				bar.start(total, 0);
				barStarted = true;
			}
			if (done % 25 === 0 || done === total) bar.update(done);
		}
	});
	bar?.stop();
	try {
		writeAtomically(args.out!, result.json);
	} catch (error) {
		fail(`cannot write ${args.out}, nothing was written: ${(error as Error).message}`, 1);
	}
	const { file, rejected, warnings } = result;
	const curationProblems = rejected.filter((r) => r.file.startsWith('curation/')).length;
	const byType = EVENT_TYPES.map((t) => [t, file.events.filter((e) => e.type === t).length] as const).filter(([, n]) => n > 0);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	if (!args.quiet) {
		const lines = [
			`ingest: read ${result.read} articles, ${file.articles.length} ingested, ${result.read - file.articles.length} rejected${curationProblems ? `, ${curationProblems} curation problem${curationProblems > 1 ? 's' : ''}` : ''}, in ${seconds} s`,
			`ingest: ${file.events.length} events (${byType.map(([t, n]) => `${n} ${t}`).join(', ') || 'none'}), ${file.actors.length} actors -> ${args.out}`
		];
		for (const r of rejected) lines.push(`rejected: ${r.file}: ${r.reason}`);
		for (const w of warnings.slice(0, 20)) lines.push(`warning: ${w}`);
		if (warnings.length > 20) lines.push(`warning: ... and ${warnings.length - 20} more`);
		process.stdout.write(`${lines.join('\n')}\n`);
	}
	if (args.stats) {
		// One machine-readable line for the benchmark: wall time and peak memory of this process.
		const secondsTotal = (performance.now() - started) / 1000;
		const rssMb = process.resourceUsage().maxRSS / 1024;
		process.stdout.write(`stats: articles=${file.articles.length} events=${file.events.length} seconds=${secondsTotal.toFixed(3)} max_rss_mb=${rssMb.toFixed(1)}\n`);
	}
	process.exit(args.strict && rejected.length > 0 ? 3 : 0);
} catch (error) {
	bar?.stop();
	if (error instanceof UsageError) fail(error.message, 2);
	fail((error as Error).message, 1);
}
