/**
 * The ingest: a folder of articles -> one validated events file. Used by `npm run ingest` and
 * by tests; it does not print, it reports through `onProgress` and its result.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { EventsFile, type Event } from '$lib/schema/events';
import { loadGazetteer } from '$lib/gazetteer/load';
import { DEFAULT_MAX_BYTES } from '$lib/extract/decode';
import { applyCuration } from '$lib/extract/curation';
import { Extractor, type AnalysedArticle } from '$lib/extract/pipeline';
import { listArticleFiles, readArticle, type Rejection } from './corpus';

export interface IngestOptions {
	articlesDir: string;
	outFile: string;
	gazetteerDir: string;
	/** null: no curation. */
	curationDir: string | null;
	maxBytes?: number;
	onProgress?: (done: number, total: number) => void;
}

export interface IngestResult {
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

export function ingest(options: IngestOptions): IngestResult {
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const files = listArticleFiles(options.articlesDir);
	const extractor = new Extractor(loadGazetteer(options.gazetteerDir));
	const rejected: Rejection[] = [];
	const warnings: string[] = [];
	const analysed: Pick<AnalysedArticle, 'article' | 'drafts'>[] = [];
	const seen = new Map<string, string>();
	const texts = new Map<string, string>();
	files.forEach((file, k) => {
		const { article, rejection } = readArticle(options.articlesDir, file, maxBytes);
		if (rejection) rejected.push(rejection);
		else if (article) {
			const first = seen.get(article.id);
			if (first) rejected.push({ file, reason: `duplicate article id "${article.id}" (also ${first})` });
			else {
				seen.set(article.id, file);
				try {
					const result = extractor.analyse(article);
					warnings.push(...result.warnings);
					analysed.push({ article: result.article, drafts: result.drafts });
					texts.set(article.id, article.text);
				} catch (error) {
					// A bug must not cost the other articles: report it with the file.
					rejected.push({ file, reason: `extraction failed: ${(error as Error).message}` });
				}
			}
		}
		options.onProgress?.(k + 1, files.length);
	});
	const { events: extracted } = extractor.finish(analysed);
	let events: Event[] = extracted;
	if (options.curationDir) {
		const curationFiles = readdirSync(options.curationDir)
			.filter((f) => f.endsWith('.json'))
			.sort()
			.map((f) => {
				const path = join(options.curationDir!, f);
				try {
					return { file: f, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
				} catch (error) {
					return { file: f, data: { invalid: (error as Error).message } };
				}
			});
		const result = applyCuration(events, curationFiles, (id) => texts.get(id), (id) => extractor.actor(id) !== undefined);
		events = result.events;
		for (const p of result.problems) rejected.push({ file: `${relative(process.cwd(), join(options.curationDir, p.file)) || p.file}`, reason: p.reason });
	}
	const outDir = dirname(resolve(options.outFile));
	const file: EventsFile = {
		schemaVersion: 1,
		articlesDir: (relative(outDir, resolve(options.articlesDir)) || '.').split(sep).join('/'),
		articles: analysed.map((a) => a.article).sort((a, b) => a.id.localeCompare(b.id)),
		actors: extractor.actorsOf(events),
		events,
		rejected: [...rejected].sort((a, b) => a.file.localeCompare(b.file))
	};
	checkOutput(file, texts);
	return { file, rejected, warnings, json: `${JSON.stringify(file, null, '\t')}\n` };
}

/** The ingest refuses to write what it would not accept as input. */
function checkOutput(file: EventsFile, texts: Map<string, string>) {
	const result = EventsFile.safeParse(file);
	const problems: string[] = [];
	if (!result.success) {
		for (const issue of result.error.issues.slice(0, 10)) problems.push(`${issue.path.join('.')}: ${issue.message}`);
	}
	const actorIds = new Set(file.actors.map((a) => a.id));
	for (const event of file.events) {
		for (const a of event.actors) if (!actorIds.has(a.id)) problems.push(`events ${event.id}: actor "${a.id}" is not in actors`);
		for (const s of event.sources) {
			const raw = texts.get(s.article);
			if (raw !== undefined && raw.slice(s.start, s.end) !== s.quote) problems.push(`events ${event.id}: quote does not match article ${s.article} at ${s.start}-${s.end}`);
		}
	}
	if (problems.length) throw new IngestError(`the output is invalid, nothing was written:\n  ${problems.slice(0, 10).join('\n  ')}`);
}

export function writeAtomically(path: string, text: string): void {
	writeFileAtomic.sync(path, text, { encoding: 'utf8' });
}
