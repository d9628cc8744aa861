/**
 * The ingest as a library: what it does with bad input, how it writes, and that its output does
 * not depend on the number of threads or on unrelated articles. Every corpus is written to a
 * fresh temporary folder; expectations come from reading the articles written here.
 */
import fs from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, truncate, writeFile, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventsFile, type Event } from '$lib/schema/events';
import { ingest, writeAtomically, type IngestOptions, type IngestResult } from './run';
import { articleIdOf } from './corpus';

const GAZETTEER = 'data/gazetteer';

// Two short articles. Rudiantara was Menkominfo 2014-2019; 1 Aug 2017 was a Tuesday (Selasa),
// 9 Aug 2017 a Wednesday (Rabu). Events told: Kominfo meets Telegram on 2017-08-01, Kominfo
// blocked Telegram on 2017-07-14, BlackBerry meets Kominfo on 2017-08-09.
const DUROV =
	'Jakarta - Menteri Komunikasi dan Informatika Rudiantara bertemu CEO Telegram Pavel Durov di Jakarta, Selasa (1/8/2017). ' +
	'Dalam pertemuan itu keduanya membahas konten terorisme. Kominfo sebelumnya memblokir Telegram pada 14 Juli 2017.\n';
const BLACKBERRY =
	'Jakarta - CEO BlackBerry John Chen bertemu Menteri Komunikasi dan Informatika Rudiantara di Jakarta, Rabu (9/8/2017). ' +
	'Keduanya membahas keamanan data.\n';
// Unrelated to both: Apple and the president, December 2016 (7 Dec 2016 was a Wednesday).
const APPLE = 'Jakarta - CEO Apple Tim Cook bertemu Presiden Joko Widodo di Istana Merdeka, Jakarta, Rabu (7/12/2016). Keduanya membahas investasi.\n';

const temps: string[] = [];
async function tempDir(): Promise<string> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'linimasa-run-'));
	temps.push(dir);
	return dir;
}
afterAll(async () => {
	await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

/** A corpus folder `ROOT/articles` with the given files; returns ROOT. */
async function corpus(files: Record<string, string | Buffer>): Promise<string> {
	const root = await tempDir();
	await mkdir(path.join(root, 'articles'));
	for (const [name, body] of Object.entries(files)) await writeFile(path.join(root, 'articles', name), body);
	return root;
}

function run(root: string, extra: Partial<IngestOptions> = {}): Promise<IngestResult> {
	return ingest({
		articlesDir: path.join(root, 'articles'),
		outFile: path.join(root, 'events.json'),
		gazetteerDir: GAZETTEER,
		curationDir: null,
		workers: 1,
		...extra
	});
}

const has = (e: Event, id: string) => e.actors.some((a) => a.id === id);
const articlesOf = (e: Event) => [...new Set(e.sources.map((s) => s.article))].sort();

describe('article ids', () => {
	it('are file names made URL-safe and case-folded', () => {
		expect(articleIdOf('Kominfo Telegram.txt')).toBe('kominfo-telegram');
		expect(articleIdOf('Kominfo.txt')).toBe(articleIdOf('kominfo.txt'));
		expect(articleIdOf('Café.TXT')).toBe('cafe');
	});
});

describe('bad input: each file is rejected with one line naming it and why, the rest is ingested', () => {
	let result: IngestResult;
	const reasonOf = (file: string) => {
		const found = result.rejected.filter((r) => r.file === file);
		expect(found, `rejections of ${file}: ${JSON.stringify(result.rejected)}`).toHaveLength(1);
		return found[0]!.reason;
	};

	beforeAll(async () => {
		const root = await corpus({
			'durov.txt': DUROV,
			'blackberry.txt': BLACKBERRY,
			'empty.txt': '',
			'blank.txt': ' \n\t\n',
			// A PNG renamed to .txt: signature, then a chunk length with NUL bytes.
			'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
			'nul.txt': Buffer.concat([Buffer.from('Jakarta - Kominfo'), Buffer.from([0]), Buffer.from(' memblokir Telegram.')]),
			// "café" in Latin-1: é is the single byte 0xE9, which is not UTF-8.
			'latin1.txt': Buffer.concat([Buffer.from('Menkominfo bertemu CEO di Jakarta caf', 'latin1'), Buffer.from([0xe9])]),
			'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Menkominfo bertemu CEO Telegram.', 'utf16le')]),
			'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Menkominfo bertemu CEO Telegram.', 'utf16le').swap16()]),
			// Good articles whose sidecars are broken.
			'broken-json.txt': DUROV,
			'broken-json.meta.json': '{ "title": "Durov", ',
			'extra-field.txt': DUROV,
			'extra-field.meta.json': JSON.stringify({ title: 'Durov', author: 'Redaksi' }),
			'bad-date.txt': DUROV,
			'bad-date.meta.json': JSON.stringify({ published: '2017-02-30' }),
			'worded-date.txt': DUROV,
			'worded-date.meta.json': JSON.stringify({ published: '5 Agustus 2017' }),
			// One id, two files: "Kominfo" and "kominfo" are both the article "kominfo".
			'Kominfo.txt': BLACKBERRY,
			'kominfo.txt': DUROV,
			'not-an-article.md': 'ignored: not .txt'
		});
		const dir = path.join(root, 'articles');
		// 50 MB, sparse: refused by its size without being read.
		await writeFile(path.join(dir, 'huge.txt'), '');
		await truncate(path.join(dir, 'huge.txt'), 50 * 1024 * 1024);
		await mkdir(path.join(dir, 'folder.txt'));
		await symlink(path.join(dir, 'nowhere.txt.gone'), path.join(dir, 'dangling.txt'));
		result = await run(root);
	});

	it('ingests every good article and only those', () => {
		// Kominfo.txt sorts before kominfo.txt and keeps the id.
		expect(result.file.articles.map((a) => a.id)).toEqual(['blackberry', 'durov', 'kominfo']);
		expect(result.file.articles.find((a) => a.id === 'kominfo')?.file).toBe('Kominfo.txt');
		const told = new Set(result.file.events.flatMap(articlesOf));
		expect([...told].sort()).toEqual(['blackberry', 'durov', 'kominfo']);
		// The good articles' events are all there.
		expect(result.file.events.filter((e) => e.type === 'meeting' && has(e, 'telegram') && has(e, 'id-kominfo'))).toHaveLength(1);
		expect(result.file.events.filter((e) => e.type === 'meeting' && has(e, 'blackberry') && has(e, 'id-kominfo'))).toHaveLength(1);
		expect(EventsFile.safeParse(JSON.parse(result.json)).success).toBe(true);
	});

	it('every rejection is one line, and the output lists them sorted by file', () => {
		for (const r of result.rejected) expect(r.reason, r.file).not.toMatch(/[\r\n]/);
		const files = result.rejected.map((r) => r.file);
		expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
		expect(JSON.parse(result.json).rejected).toEqual(result.rejected);
		expect(files).not.toContain('not-an-article.md');
	});

	it.each([
		['empty.txt', /empty/i],
		['blank.txt', /empty|white space/i],
		['image.txt', /binary/i],
		['nul.txt', /binary|NUL/i],
		['latin1.txt', /not valid UTF-8.*Latin-1/i],
		['utf16le.txt', /UTF-16/],
		['utf16be.txt', /UTF-16/],
		['huge.txt', /50(\.0)? MB.*limit/i],
		['folder.txt', /not a regular file|folder|directory/i],
		['dangling.txt', /symbolic link|symlink/i],
		['broken-json.meta.json', /not valid JSON/i],
		['extra-field.meta.json', /unknown field.*"author"/i],
		['bad-date.meta.json', /published.*2017-02-30.*not a (real )?date/i],
		['worded-date.meta.json', /published/i],
		['kominfo.txt', /duplicate article id "kominfo".*Kominfo\.txt/]
	])('%s: %s', (file, reason) => {
		expect(reasonOf(file)).toMatch(reason);
	});

	it('an article whose sidecar is broken is not ingested under any id', () => {
		for (const id of ['broken-json', 'extra-field', 'bad-date', 'worded-date']) {
			expect(result.file.articles.map((a) => a.id)).not.toContain(id);
			expect(result.file.events.flatMap(articlesOf)).not.toContain(id);
		}
	});
});

describe('writing the output', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('replaces an existing file whole and leaves no temporary file', async () => {
		const dir = await tempDir();
		const out = path.join(dir, 'events.json');
		await writeFile(out, 'x'.repeat(100_000));
		writeAtomically(out, '{"short": true}\n');
		expect(await readFile(out, 'utf8')).toBe('{"short": true}\n');
		expect(await readdir(dir)).toEqual(['events.json']);
	});

	it('a write that fails half-way (disk full) leaves the old file untouched and no temporary file', async () => {
		const dir = await tempDir();
		const out = path.join(dir, 'events.json');
		const old = `${JSON.stringify({ old: 'x'.repeat(5000) })}\n`;
		await writeFile(out, old);
		const real = fs.writeSync;
		let calls = 0;
		// What the kernel does when the disk fills: the first write is short, the next one fails.
		vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: string | NodeJS.ArrayBufferView, ...rest: unknown[]) => {
			calls++;
			if (calls > 1) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
			const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
			const offset = typeof data === 'string' || typeof rest[0] !== 'number' ? 0 : rest[0];
			const half = Math.max(1, Math.floor((bytes.length - offset) / 2));
			return real(fd, bytes, offset, half);
		}) as typeof fs.writeSync);
		expect(() => writeAtomically(out, `${JSON.stringify({ fresh: 'y'.repeat(20000) })}\n`)).toThrow(/ENOSPC|space/);
		expect(calls).toBeGreaterThan(0);
		vi.restoreAllMocks();
		expect(await readFile(out, 'utf8')).toBe(old);
		expect(await readdir(dir)).toEqual(['events.json']);
	});

	it('a rename that fails leaves the old file untouched and no temporary file', async () => {
		const dir = await tempDir();
		const out = path.join(dir, 'events.json');
		await writeFile(out, 'old\n');
		vi.spyOn(fs, 'renameSync').mockImplementation(() => {
			throw Object.assign(new Error('EXDEV: cross-device link not permitted, rename'), { code: 'EXDEV' });
		});
		expect(() => writeAtomically(out, 'new\n')).toThrow();
		vi.restoreAllMocks();
		expect(await readFile(out, 'utf8')).toBe('old\n');
		expect(await readdir(dir)).toEqual(['events.json']);
	});

	it('a folder that does not exist is an error, and creates nothing', async () => {
		const dir = await tempDir();
		expect(() => writeAtomically(path.join(dir, 'missing', 'events.json'), '{}\n')).toThrow();
		expect(await readdir(dir)).toEqual([]);
	});
});

describe('determinism', () => {
	let root: string;
	beforeAll(async () => {
		root = await corpus({ 'durov.txt': DUROV, 'blackberry.txt': BLACKBERRY, 'apple.txt': APPLE, 'empty.txt': '' });
		// With the five seed articles: three of them tell Durov's visit, one has no date at all.
		for (const f of await readdir('data/articles')) await copyFile(path.join('data/articles', f), path.join(root, 'articles', f));
	});

	it('the same input twice gives the same bytes', async () => {
		const a = await run(root);
		const b = await run(root);
		expect(a.json.length).toBeGreaterThan(1000);
		expect(b.json).toBe(a.json);
	});

	it('one or two worker threads give the same bytes', { timeout: 60_000 }, async () => {
		const serial = await run(root, { workers: 1 });
		const two = await run(root, { workers: 2 });
		expect(two.json).toBe(serial.json);
		expect(two.warnings).toEqual(serial.warnings);
	});

	it('reports progress up to the number of article files', async () => {
		const seen: [number, number][] = [];
		await run(root, { onProgress: (done, total) => seen.push([done, total]) });
		const total = (await readdir(path.join(root, 'articles'))).filter((f) => f.endsWith('.txt')).length;
		expect(seen.at(-1)).toEqual([total, total]);
	});
});

describe('event ids', () => {
	it('adding an unrelated article does not change existing ids', async () => {
		const before = await run(await corpus({ 'durov.txt': DUROV, 'blackberry.txt': BLACKBERRY }));
		// "aaa-" sorts first, so its events are numbered before the others.
		const after = await run(await corpus({ 'durov.txt': DUROV, 'blackberry.txt': BLACKBERRY, 'aaa-apple.txt': APPLE }));
		expect(before.file.events.length).toBe(3);
		expect(after.file.events.length).toBeGreaterThan(before.file.events.length);
		for (const e of before.file.events) {
			const same = after.file.events.find((x) => x.id === e.id);
			expect(same, e.id).toBeDefined();
			expect(same!.sources).toEqual(e.sources);
			expect(same!.date).toBe(e.date);
		}
		// Ids say when (the event's own date, at its precision), what and who.
		const ban = before.file.events.find((e) => e.type === 'ban')!;
		const when = ban.date!.split('/').find((side) => side !== '..')!.replace(/[~?%]/g, '');
		expect(ban.id).toBe(`${when}-ban-id-kominfo-telegram`);
	});

	// Another Kominfo-Telegram meeting of the same year, in an article that sorts first, must not
	// take the existing meeting's id (README: adding articles does not change existing ids).
	it('adding an article about another meeting of the same sides in the same year does not change existing ids', async () => {
		const other = 'Jakarta - Menteri Komunikasi dan Informatika Rudiantara kembali bertemu CEO Telegram Pavel Durov di Jakarta, Selasa (15/8/2017).\n';
		const before = await run(await corpus({ 'durov.txt': DUROV }));
		const after = await run(await corpus({ 'durov.txt': DUROV, 'aaa-second-visit.txt': other }));
		const meetings = after.file.events.filter((e) => e.type === 'meeting' && has(e, 'telegram'));
		expect(meetings.map((e) => e.date).sort()).toEqual(['2017-08-01', '2017-08-15']);
		for (const e of before.file.events) expect(after.file.events.find((x) => x.id === e.id)?.sources, e.id).toEqual(e.sources);
	});
});

describe('curation through the ingest', () => {
	let root: string;
	let plain: IngestResult;
	const find = (r: IngestResult, type: Event['type'], ...ids: string[]) => r.file.events.filter((e) => e.type === type && ids.every((id) => has(e, id)));

	beforeAll(async () => {
		root = await corpus({ 'durov.txt': DUROV, 'blackberry.txt': BLACKBERRY });
		plain = await run(root);
	});

	it('corrects, suppresses and adds with reasons, marks the result, and reports broken entries by file and entry', async () => {
		const bb = find(plain, 'meeting', 'blackberry', 'id-kominfo');
		const ban = find(plain, 'ban', 'telegram');
		const tg = find(plain, 'meeting', 'telegram', 'id-kominfo');
		expect([bb.length, ban.length, tg.length]).toEqual([1, 1, 1]);
		const dir = path.join(root, 'curation');
		await mkdir(dir);
		const quote = 'Dalam pertemuan itu keduanya membahas konten terorisme.';
		await writeFile(
			path.join(dir, 'fixes.json'),
			JSON.stringify({
				curations: [
					{ action: 'correct', id: bb[0]!.id, reason: 'The meeting was on Thursday according to the ministry.', set: { date: '2017-08-10' } },
					{ action: 'suppress', id: ban[0]!.id, reason: 'Duplicate of an event kept in another corpus.' },
					{
						action: 'add',
						reason: 'The two sides agreed to fight terrorist content.',
						event: {
							id: '2017-agreement-id-kominfo-telegram',
							type: 'agreement',
							cameo: '057',
							date: '2017-08-01',
							status: 'occurred',
							actors: [
								{ id: 'id-kominfo', role: 'participant' },
								{ id: 'telegram', role: 'participant' }
							],
							title: { en: 'Kominfo and Telegram agree', id: 'Kominfo dan Telegram sepakat' },
							sources: [{ article: 'durov', quote }]
						}
					},
					// Broken: no reason (had it been applied, the Telegram meeting would be gone).
					{ action: 'suppress', id: tg[0]!.id },
					// Broken: no such event.
					{ action: 'correct', id: '2016-ban-nobody-nothing', reason: 'typo', set: { date: '2016-01-01' } },
					// Broken: 30 February does not exist.
					{ action: 'correct', id: tg[0]!.id, reason: 'wrong date', set: { date: '2017-02-30' } }
				]
			})
		);
		await writeFile(path.join(dir, 'zz-broken.json'), '{ "curations": [ ');
		const curated = await run(root, { curationDir: dir });
		const events = curated.file.events;

		const corrected = events.find((e) => e.id === bb[0]!.id)!;
		expect(corrected.date).toBe('2017-08-10');
		expect(corrected.dateBasis).toBe('curated');
		expect(corrected.curation).toEqual({ file: 'fixes.json', action: 'correct', reason: 'The meeting was on Thursday according to the ministry.' });
		expect(corrected.sources).toEqual(bb[0]!.sources);

		expect(events.find((e) => e.id === ban[0]!.id)).toBeUndefined();
		expect(find(curated, 'ban', 'telegram')).toHaveLength(0);

		const added = events.find((e) => e.id === '2017-agreement-id-kominfo-telegram')!;
		expect(added.curation).toEqual({ file: 'fixes.json', action: 'add', reason: 'The two sides agreed to fight terrorist content.' });
		expect(added.dateBasis).toBe('curated');
		expect(added.sources).toHaveLength(1);
		expect(DUROV.slice(added.sources[0]!.start, added.sources[0]!.end)).toBe(quote);

		// The broken entries did nothing: the Telegram meeting is there, with its date.
		const meeting = events.find((e) => e.id === tg[0]!.id)!;
		expect(meeting.date).toBe('2017-08-01');
		expect(meeting.curation).toBeUndefined();

		const problems = curated.rejected.filter((r) => r.file.startsWith('curation/'));
		const of = (file: string, entry: string) => problems.filter((p) => p.file === file && p.reason.includes(entry));
		expect(of('curation/fixes.json', 'curations[3]')).toHaveLength(1);
		expect(of('curation/fixes.json', 'curations[3]')[0]!.reason).toMatch(/reason/);
		expect(of('curation/fixes.json', 'curations[4]')[0]?.reason).toMatch(/no event has id "2016-ban-nobody-nothing"/);
		expect(of('curation/fixes.json', 'curations[5]')).toHaveLength(1);
		expect(of('curation/fixes.json', 'curations[5]')[0]!.reason).toMatch(/date/);
		expect(problems.filter((p) => p.file === 'curation/zz-broken.json').map((p) => p.reason)).toEqual([expect.stringMatching(/not valid JSON/)]);
		expect(problems.filter((p) => /curations\[[012]\]/.test(p.reason))).toEqual([]);
		for (const p of problems) expect(p.reason).not.toMatch(/[\r\n]/);
		// Actors of added events are listed, and the result is valid.
		expect(EventsFile.safeParse(JSON.parse(curated.json)).success).toBe(true);
	});

	it('without a curation folder, nothing is curated', async () => {
		expect(plain.file.events.some((e) => e.curation)).toBe(false);
		expect(plain.rejected).toEqual([]);
	});

	it('a curation folder that does not exist is an error, not a silent skip', async () => {
		await expect(run(root, { curationDir: path.join(root, 'no-such-curation') })).rejects.toThrow(/no-such-curation/);
	});
});
