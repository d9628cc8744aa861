/**
 * Reads a folder of articles (NAME.txt with an optional NAME.meta.json beside it). A file that
 * cannot be used is rejected with one line saying why; the others go on.
 */
import { closeSync, existsSync, lstatSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleMeta } from '$lib/schema/events';
import { decodeArticle, tooLargeReason } from '$lib/extract/decode';
import { sha256, type ArticleText } from '$lib/extract/pipeline';

export interface Rejection {
	file: string;
	reason: string;
}

export class UsageError extends Error {}

/** Article ids are file names made URL-safe: "Kominfo Telegram.txt" -> "kominfo-telegram". */
export function articleIdOf(file: string): string {
	return file
		.replace(/\.txt$/i, '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9._-]+/g, '-')
		.replace(/^[-._]+|-+$/g, '');
}

export function listArticleFiles(dir: string): string[] {
	let names: string[];
	try {
		if (!statSync(dir).isDirectory()) throw new UsageError(`--articles ${dir}: not a folder`);
		names = readdirSync(dir);
	} catch (error) {
		if (error instanceof UsageError) throw error;
		throw new UsageError(`--articles ${dir}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? error})`);
	}
	return names.filter((n) => /\.txt$/i.test(n)).sort();
}

/** Reads at most maxBytes + 1 bytes, so a 50 MB file is refused without loading it. */
function readLimited(path: string, maxBytes: number): { bytes: Uint8Array } | { reason: string } {
	let size: number;
	try {
		const stat = statSync(path);
		if (!stat.isFile()) return { reason: 'not a regular file' };
		size = stat.size;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		// Listed in the folder but not there: a symbolic link whose target is gone.
		if (code === 'ENOENT' && isSymlink(path)) return { reason: 'a symbolic link to a file that does not exist' };
		return { reason: `cannot read (${code ?? error})` };
	}
	const large = tooLargeReason(size, maxBytes);
	if (large) return { reason: large };
	try {
		const fd = openSync(path, 'r');
		try {
			const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
			const read = readSync(fd, buffer, 0, buffer.length, 0);
			return { bytes: buffer.subarray(0, read) };
		} finally {
			closeSync(fd);
		}
	} catch (error) {
		return { reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? error})` };
	}
}

function isSymlink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink() && !existsSync(path);
	} catch {
		return false;
	}
}

/** A YYYY-MM-DD that names a day of the calendar (Date.parse takes "2017-02-30" as 2 March). */
function isRealDay(day: string): boolean {
	const ms = Date.parse(`${day}T00:00:00Z`);
	return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day;
}

function readSidecar(path: string): { meta: ArticleMeta } | { reason: string } {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return { meta: {} };
		return { reason: `cannot read the sidecar (${code ?? error})` };
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { reason: `sidecar is not valid JSON (${(error as Error).message})` };
	}
	const parsed = ArticleMeta.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const field = issue.path.join('.');
		const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: title, outlet, url, published, language)` : issue.message;
		return { reason: `sidecar ${field ? `field "${field}"` : ''}: ${message}`.replace(':  :', ':').replace('sidecar :', 'sidecar:') };
	}
	if (parsed.data.published && !isRealDay(parsed.data.published))
		return { reason: `sidecar field "published": ${parsed.data.published} is not a real date` };
	return { meta: parsed.data };
}

export interface ReadResult {
	article?: ArticleText;
	rejection?: Rejection;
}

export function readArticle(dir: string, file: string, maxBytes: number): ReadResult {
	const id = articleIdOf(file);
	if (!id) return { rejection: { file, reason: 'file name gives an empty article id' } };
	const body = readLimited(join(dir, file), maxBytes);
	if ('reason' in body) return { rejection: { file, reason: body.reason } };
	const decoded = decodeArticle(body.bytes, maxBytes);
	if (!decoded.ok) return { rejection: { file, reason: decoded.reason } };
	const metaFile = file.replace(/\.txt$/i, '.meta.json');
	const sidecar = readSidecar(join(dir, metaFile));
	if ('reason' in sidecar) return { rejection: { file: metaFile, reason: sidecar.reason } };
	return { article: { id, file, text: decoded.text, meta: sidecar.meta, contentHash: sha256(body.bytes) } };
}
