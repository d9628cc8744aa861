/**
 * The ingest: a folder of articles -> one validated events file. Used by `npm run ingest` and
 * by tests; it does not print, it reports through `onProgress` and its result. Large folders are
 * analysed on this thread and worker threads, in contiguous slices, so the result is the same as
 * a serial run.
 */
import fs, { existsSync, readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EventsFile, type Actor, type Event } from '$lib/schema/events';
import { loadGazetteer } from '$lib/gazetteer/load';
import { DEFAULT_MAX_BYTES } from '$lib/extract/decode';
import { applyCuration } from '$lib/extract/curation';
import { Extractor } from '$lib/extract/pipeline';
import { eventTitles } from '$lib/extract/events/finalize';
import { articleIdOf, listArticleFiles, readArticle, UsageError, type Rejection } from './corpus';
import { analyseFile, type FileResult } from './analyseFile';

export interface IngestOptions {
	articlesDir: string;
	outFile: string;
	gazetteerDir: string;
	/** null: no curation. */
	curationDir: string | null;
	maxBytes?: number;
	/** Threads analysing: this one and N - 1 workers. Default: the cores (at most 4), for 200 articles or more. */
	workers?: number;
	onProgress?: (done: number, total: number) => void;
}

export interface IngestResult {
	/** Article files found (`*.txt`), ingested or not. */
	read: number;
	file: EventsFile;
	rejected: Rejection[];
	warnings: string[];
	json: string;
}

export class IngestError extends Error {}

export function defaultCurationDir(articlesDir: string): string | null {
	const dir = join(resolve(articlesDir), '..', 'curation');
	return existsSync(dir) ? dir : null;
}

/** Phase timings on stderr when LINIMASA_TIMINGS is set: for profiling, never for tests. */
function timer() {
	const on = !!process.env.LINIMASA_TIMINGS;
	let last = performance.now();
	return (phase: string) => {
		if (!on) return;
		const now = performance.now();
		process.stderr.write(`timing: ${phase} ${(now - last).toFixed(0)} ms\n`);
		last = now;
	};
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
	const lap = timer();
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const all = listArticleFiles(options.articlesDir);
	const rejected: Rejection[] = [];
	// Ids come from file names: "A.txt" and "a.txt" would be the same article.
	const seen = new Map<string, string>();
	const files = all.filter((file) => {
		const id = articleIdOf(file);
		const first = seen.get(id);
		if (first) rejected.push({ file, reason: `duplicate article id "${id}" (also ${first})` });
		else seen.set(id, file);
		return !first;
	});
	const extractor = new Extractor(loadGazetteer(options.gazetteerDir));
	const workers = options.workers ?? (files.length >= 200 ? Math.min(4, availableParallelism()) : 1);
	lap('gazetteer');
	const results = workers > 1 ? await analyseInWorkers(extractor, options, files, maxBytes, workers, all.length) : analyseHere(extractor, options, files, maxBytes, all.length);

	lap(`analyse (${workers} thread${workers > 1 ? 's' : ''})`);
	const warnings: string[] = [];
	const analysed = [];
	for (const r of results) {
		warnings.push(...r.warnings);
		if (r.rejection) rejected.push(r.rejection);
		if (r.analysed) analysed.push(r.analysed);
	}
	// Curated evidence is placed in the raw text, read again only for the articles it names.
	const fileOf = new Map(analysed.map((a) => [a.article.id, a.article.file]));
	const rawText = (id: string) => {
		const file = fileOf.get(id);
		if (!file) return undefined;
		const { article } = readArticle(options.articlesDir, file, maxBytes);
		return article?.text;
	};
	const { events: extracted } = extractor.finish(analysed);
	lap('merge');
	const events = options.curationDir ? curate(extracted, options.curationDir, extractor, rawText, rejected) : extracted;
	const outDir = dirname(resolve(options.outFile));
	const file: EventsFile = {
		schemaVersion: 1,
		articlesDir: (relative(outDir, resolve(options.articlesDir)) || '.').split(sep).join('/'),
		articles: analysed.map((a) => a.article).sort((a, b) => a.id.localeCompare(b.id)),
		actors: extractor.actorsOf(events),
		events,
		rejected: [...rejected].sort((a, b) => a.file.localeCompare(b.file))
	};
	checkOutput(file, rawText);
	lap('validate');
	const json = `${JSON.stringify(file, null, '\t')}\n`;
	lap('serialise');
	return { read: all.length, file, rejected: file.rejected, warnings, json };
}

function analyseHere(extractor: Extractor, options: IngestOptions, files: string[], maxBytes: number, total: number): FileResult[] {
	return files.map((file, k) => {
		const result = analyseFile(extractor, options.articlesDir, file, maxBytes);
		options.onProgress?.(k + 1 + (total - files.length), total);
		return result;
	});
}

/** Contiguous slices, the first on this thread and one per worker for the others, joined back in file order. */
async function analyseInWorkers(
	extractor: Extractor,
	options: IngestOptions,
	files: string[],
	maxBytes: number,
	workers: number,
	total: number
): Promise<FileResult[]> {
	const size = Math.ceil(files.length / workers);
	const slices = Array.from({ length: workers }, (_, k) => files.slice(k * size, (k + 1) * size)).filter((s) => s.length);
	if (slices.length === 0) return [];
	let done = total - files.length;
	// Bundled by scripts/run.mjs, the worker sits beside this code as worker.mjs; under tsx or
	// Vitest it is TypeScript and needs tsx's loader, which worker-boot.mjs registers.
	const bundled = import.meta.url.endsWith('.mjs');
	const script = bundled ? new URL('./worker.mjs', import.meta.url) : new URL('./worker-boot.mjs', import.meta.url);
	const entry = new URL('./worker.ts', import.meta.url).href;
	const workersDone = Promise.all(
		slices.slice(1).map(
			(slice) =>
				new Promise<{ results: FileResult[]; contextActors: Actor[] }>((resolveSlice, reject) => {
					const worker = new Worker(script, {
						workerData: { entry, job: { gazetteerDir: options.gazetteerDir, articlesDir: options.articlesDir, files: slice, maxBytes } }
					});
					const results: FileResult[] = [];
					worker.on('message', (message: { results?: FileResult[]; done?: boolean; contextActors?: Actor[]; timing?: string }) => {
						if (message.results) {
							results.push(...message.results);
							options.onProgress?.((done += message.results.length), total);
						}
						if (message.done) {
							if (message.timing && process.env.LINIMASA_TIMINGS) process.stderr.write(`timing: ${message.timing}\n`);
							resolveSlice({ results, contextActors: message.contextActors ?? [] });
							void worker.terminate();
						}
					});
					worker.on('error', reject);
					worker.on('exit', (code) => {
						if (code !== 0) reject(new IngestError(`a worker thread stopped with code ${code}`));
					});
				})
		)
	);
	// The first slice is analysed on this thread, with the extractor it already has, once the
	// workers are started: one thread fewer to start, and its results need no copying between threads.
	const [first, outputs] = await Promise.all([
		analyseSliceHere(extractor, options, slices[0]!, maxBytes, () => options.onProgress?.(++done, total)),
		workersDone
	]);
	// What each slice learned about unknown actors, in file order, as a serial run would have.
	for (const output of outputs) for (const actor of output.contextActors) extractor.contextActors.add(actor);
	return first.concat(outputs.flatMap((o) => o.results));
}

/** A slice analysed on this thread in small steps, so the workers' messages are taken in between. */
async function analyseSliceHere(extractor: Extractor, options: IngestOptions, files: string[], maxBytes: number, onFile: () => void): Promise<FileResult[]> {
	const started = performance.now();
	const results: FileResult[] = [];
	for (let k = 0; k < files.length; k++) {
		results.push(analyseFile(extractor, options.articlesDir, files[k]!, maxBytes));
		onFile();
		if (k % 25 === 24) await new Promise((resolveStep) => setImmediate(resolveStep));
	}
	if (process.env.LINIMASA_TIMINGS) process.stderr.write(`timing: this thread ${files.length} files in ${(performance.now() - started).toFixed(0)} ms\n`);
	return results;
}

function curate(events: Event[], curationDir: string, extractor: Extractor, rawText: (id: string) => string | undefined, rejected: Rejection[]): Event[] {
	let names: string[];
	try {
		names = readdirSync(curationDir);
	} catch (error) {
		throw new UsageError(`--curation ${curationDir}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? error})`);
	}
	const curationFiles: { file: string; data: unknown }[] = [];
	for (const f of names.filter((n) => n.endsWith('.json')).sort()) {
		let text: string;
		try {
			text = readFileSync(join(curationDir, f), 'utf8');
		} catch (error) {
			rejected.push({ file: `curation/${f}`, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? error})` });
			continue;
		}
		try {
			curationFiles.push({ file: f, data: JSON.parse(text) as unknown });
		} catch (error) {
			rejected.push({ file: `curation/${f}`, reason: `not valid JSON (${(error as Error).message})` });
		}
	}
	const result = applyCuration(
		events,
		curationFiles,
		rawText,
		(id) => extractor.actor(id) !== undefined,
		(event) => eventTitles(event, extractor.labeller)
	);
	for (const p of result.problems) rejected.push({ file: `curation/${p.file}`, reason: p.reason });
	return result.events;
}

/**
 * The ingest refuses to write what it would not accept as input. Extracted quotes were checked
 * against their text during analysis; curated ones are checked here.
 */
function checkOutput(file: EventsFile, rawText: (id: string) => string | undefined) {
	const result = EventsFile.safeParse(file);
	const problems: string[] = [];
	if (!result.success) {
		for (const issue of result.error.issues.slice(0, 10)) problems.push(`${issue.path.join('.')}: ${issue.message}`);
	}
	const actorIds = new Set(file.actors.map((a) => a.id));
	for (const event of file.events) {
		for (const a of event.actors) if (!actorIds.has(a.id)) problems.push(`events ${event.id}: actor "${a.id}" is not in actors`);
		if (event.curation?.action !== 'add') continue;
		for (const s of event.sources) {
			const raw = rawText(s.article);
			if (raw === undefined || raw.slice(s.start, s.end) !== s.quote) problems.push(`events ${event.id}: quote does not match article ${s.article} at ${s.start}-${s.end}`);
		}
	}
	if (problems.length) throw new IngestError(`the output is invalid, nothing was written:\n  ${problems.slice(0, 10).join('\n  ')}`);
}

/**
 * Writes a temporary file beside `path`, checks every byte went out, flushes it and renames it
 * into place; on any failure the temporary file is removed and `path` is as it was. (A single
 * write() may be short when the disk fills; write-file-atomic did not notice and renamed the
 * truncated file into place.) `fs.*` is called through the module object so tests can fail it.
 */
export function writeAtomically(path: string, text: string): void {
	let target = resolve(path);
	try {
		target = fs.realpathSync(target);
	} catch {
		// Not there yet.
	}
	let mode = 0o666;
	try {
		mode = fs.statSync(target).mode & 0o7777;
	} catch {
		// New file: default mode under the umask.
	}
	const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
	const data = Buffer.from(text, 'utf8');
	let fd: number | null = null;
	try {
		fd = fs.openSync(tmp, 'wx', mode);
		let written = 0;
		while (written < data.length) {
			const n = fs.writeSync(fd, data, written, data.length - written, written);
			if (!(n > 0)) throw new Error(`could not write ${tmp}: the disk took no more bytes`);
			written += n;
		}
		fs.fsyncSync(fd);
		fs.closeSync(fd);
		fd = null;
		fs.renameSync(tmp, target);
	} catch (error) {
		if (fd !== null) {
			try {
				fs.closeSync(fd);
			} catch {
				// Already failing.
			}
		}
		try {
			fs.unlinkSync(tmp);
		} catch {
			// Never created, or already gone.
		}
		throw error;
	}
}
