/**
 * The events file the server shows: `LINIMASA_EVENTS` (default data/events.json), read once
 * and read again when the file changes, validated with the schema so a broken file is a clear
 * error naming the file, never a half-drawn page.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EventsFile } from '$lib/schema/events';

export class EventsFileError extends Error {}

export function eventsPath(): string {
	return resolve(process.env.LINIMASA_EVENTS || 'data/events.json');
}

let cache: { path: string; mtimeMs: number; size: number; data: EventsFile } | null = null;

export function loadEvents(): EventsFile {
	const path = eventsPath();
	let stat;
	try {
		stat = statSync(path);
	} catch {
		throw new EventsFileError(`${path}: no such file (set LINIMASA_EVENTS, or run npm run ingest)`);
	}
	if (cache && cache.path === path && cache.mtimeMs === stat.mtimeMs && cache.size === stat.size) return cache.data;
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new EventsFileError(`${path}: not valid JSON (${(error as Error).message})`);
	}
	const parsed = EventsFile.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new EventsFileError(`${path}: ${issue.path.join('.')}: ${issue.message}`);
	}
	cache = { path, mtimeMs: stat.mtimeMs, size: stat.size, data: parsed.data };
	return parsed.data;
}

/** Folder of the raw article files of the loaded events file. */
export function articlesDir(file: EventsFile): string {
	return resolve(dirname(eventsPath()), file.articlesDir);
}
