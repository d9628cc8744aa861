/**
 * The ingest command as a user runs it: `node scripts/run.mjs scripts/ingest.ts ...`. Exit
 * statuses as README documents them: 0 written (rejections listed), 1 nothing written (bad
 * gazetteer, invalid output, cannot write), 2 usage error (unknown option, missing folder),
 * 3 written but --strict and some input was rejected. Each run bundles the script first (a second
 * or two), so the runs are few and the timeouts generous.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EventsFile } from '$lib/schema/events';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const T = { timeout: 120_000 };

// 1 Aug 2017 was a Tuesday (Selasa), 9 Aug 2017 a Wednesday (Rabu); Rudiantara was Menkominfo then.
const DUROV =
	'Jakarta - Menteri Komunikasi dan Informatika Rudiantara bertemu CEO Telegram Pavel Durov di Jakarta, Selasa (1/8/2017). ' +
	'Dalam pertemuan itu keduanya membahas konten terorisme. Kominfo sebelumnya memblokir Telegram pada 14 Juli 2017.\n';
const BLACKBERRY =
	'Jakarta - CEO BlackBerry John Chen bertemu Menteri Komunikasi dan Informatika Rudiantara di Jakarta, Rabu (9/8/2017). ' +
	'Keduanya membahas keamanan data.\n';

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

function ingestCli(...args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['scripts/run.mjs', 'scripts/ingest.ts', ...args],
			{ cwd: ROOT, env: { ...process.env, LINIMASA_TIMINGS: '' }, timeout: 100_000, maxBuffer: 16 * 1024 * 1024 },
			(error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr })
		);
	});
}

const temps: string[] = [];
afterAll(async () => {
	await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

/** ROOT/articles with the two good articles and the given extra files; returns ROOT. */
async function corpus(extra: Record<string, string> = {}): Promise<string> {
	const root = await mkdtemp(path.join(os.tmpdir(), 'linimasa-cli-'));
	temps.push(root);
	await mkdir(path.join(root, 'articles'));
	const files = { 'durov.txt': DUROV, 'blackberry.txt': BLACKBERRY, ...extra };
	for (const [name, body] of Object.entries(files)) await writeFile(path.join(root, 'articles', name), body);
	return root;
}

const args = (root: string, ...more: string[]) => ['--articles', path.join(root, 'articles'), '--out', path.join(root, 'out.json'), '--quiet', ...more];
const readOut = async (root: string) => EventsFile.parse(JSON.parse(await readFile(path.join(root, 'out.json'), 'utf8')));

describe('ingest exit status', () => {
	it('0 when every article is good; the summary counts them', T, async () => {
		const root = await corpus();
		const run = await ingestCli('--articles', path.join(root, 'articles'), '--out', path.join(root, 'out.json'));
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^ingest: read 2 articles, 2 ingested, 0 rejected\b/m);
		const out = await readOut(root);
		expect(out.articles.map((a) => a.id)).toEqual(['blackberry', 'durov']);
		expect(out.rejected).toEqual([]);
		// The Telegram meeting, the block of Telegram and the BlackBerry meeting.
		expect(out.events.map((e) => e.type).sort()).toEqual(['ban', 'meeting', 'meeting']);
		expect(out.articlesDir).toBe('articles');
		// Nothing but the output beside it: no temporary file left behind.
		expect((await readdir(root)).sort()).toEqual(['articles', 'out.json']);
	});

	it('0 with some bad articles: written with the good ones, each rejection listed on one line; 3 with --strict', T, async () => {
		const root = await corpus({ 'empty.txt': '', 'latin1.txt': 'caf\u00e9', 'broken.txt': DUROV, 'broken.meta.json': '{"published": "2017-13-01"}' });
		// "café" above is valid UTF-8; make latin1.txt really Latin-1.
		await writeFile(path.join(root, 'articles', 'latin1.txt'), Buffer.from('Menkominfo bertemu CEO di Jakarta caf\xe9', 'latin1'));
		const run = await ingestCli('--articles', path.join(root, 'articles'), '--out', path.join(root, 'out.json'));
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^ingest: read 5 articles, 2 ingested, 3 rejected\b/m);
		expect(run.stdout).toMatch(/^rejected: empty\.txt: empty file$/m);
		expect(run.stdout).toMatch(/^rejected: latin1\.txt: not valid UTF-8.*$/m);
		expect(run.stdout).toMatch(/^rejected: broken\.meta\.json: .*published.*$/m);
		const out = await readOut(root);
		expect(out.articles.map((a) => a.id)).toEqual(['blackberry', 'durov']);
		expect(out.rejected.map((r) => r.file)).toEqual(['broken.meta.json', 'empty.txt', 'latin1.txt']);

		await rm(path.join(root, 'out.json'));
		const strict = await ingestCli(...args(root, '--strict'));
		expect(strict.code).toBe(3);
		expect((await readOut(root)).articles).toHaveLength(2);
	});

	it('1 when the gazetteer is unusable; the previous output is left byte for byte', T, async () => {
		const root = await corpus();
		const previous = '{"previous": "output", "left": "alone"}\n';
		await writeFile(path.join(root, 'out.json'), previous);
		// A copy of the gazetteer with one broken file (the location is the --gazetteer option).
		const gazetteer = path.join(root, 'gazetteer');
		await cp(path.join(ROOT, 'data/gazetteer'), gazetteer, { recursive: true });
		await writeFile(path.join(gazetteer, 'people.json'), '[{ "id": "rudiantara", ');
		const broken = await ingestCli(...args(root, '--gazetteer', gazetteer));
		expect(broken.code).toBe(1);
		expect(broken.stderr).toMatch(/people\.json.*not valid JSON/);
		expect(await readFile(path.join(root, 'out.json'), 'utf8')).toBe(previous);

		const missing = await ingestCli(...args(root, '--gazetteer', path.join(root, 'no-gazetteer')));
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/no-gazetteer/);
		expect(await readFile(path.join(root, 'out.json'), 'utf8')).toBe(previous);
		expect((await readdir(root)).sort()).toEqual(['articles', 'gazetteer', 'out.json']);
	});

	it('2 when the articles folder is missing or not a folder; the previous output is left byte for byte', T, async () => {
		const root = await corpus();
		const previous = '{"previous": true}\n';
		await writeFile(path.join(root, 'out.json'), previous);
		const missing = await ingestCli('--articles', path.join(root, 'nowhere'), '--out', path.join(root, 'out.json'));
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(/nowhere/);
		const notFolder = await ingestCli('--articles', path.join(root, 'articles', 'durov.txt'), '--out', path.join(root, 'out.json'));
		expect(notFolder.code).toBe(2);
		expect(notFolder.stderr).toMatch(/durov\.txt: not a folder/);
		expect(await readFile(path.join(root, 'out.json'), 'utf8')).toBe(previous);
	});

	it('2 for an unknown option or a bad value, and nothing is written', T, async () => {
		const root = await corpus();
		const unknown = await ingestCli(...args(root, '--frobnicate'));
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toMatch(/frobnicate/);
		const workers = await ingestCli(...args(root, '--workers', '0'));
		expect(workers.code).toBe(2);
		expect((await readdir(root)).sort()).toEqual(['articles']);
	});

	it('1 when the output cannot be written, and no temporary file is left', T, async () => {
		const root = await corpus();
		const run = await ingestCli('--articles', path.join(root, 'articles'), '--out', path.join(root, 'missing-dir', 'out.json'), '--quiet');
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/cannot write .*missing-dir/);
		expect((await readdir(root)).sort()).toEqual(['articles']);
	});
});

describe('ingest command output', () => {
	it('the bundled worker threads write the same bytes as one thread', T, async () => {
		const root = await corpus();
		for (const f of await readdir(path.join(ROOT, 'data/articles'))) await cp(path.join(ROOT, 'data/articles', f), path.join(root, 'articles', f));
		expect((await ingestCli(...args(root, '--workers', '1'))).code).toBe(0);
		const one = await readFile(path.join(root, 'out.json'), 'utf8');
		expect((await ingestCli(...args(root, '--workers', '2'))).code).toBe(0);
		expect(await readFile(path.join(root, 'out.json'), 'utf8')).toBe(one);
	});

	it('applies the curation folder beside the articles folder; --no-curation skips it', T, async () => {
		const root = await corpus();
		await mkdir(path.join(root, 'curation'));
		await writeFile(
			path.join(root, 'curation', 'fix.json'),
			JSON.stringify({
				curations: [
					{ action: 'correct', id: '2017-07-14-ban-id-kominfo-telegram', reason: 'The block began on 14 July 2017 and was partial.', set: { date: '2017-07-14/2017-08-10' } },
					{ action: 'suppress', id: '2099-ban-nobody', reason: 'An id that does not exist.' }
				]
			})
		);
		const curated = await ingestCli('--articles', path.join(root, 'articles'), '--out', path.join(root, 'out.json'));
		expect(curated.code).toBe(0);
		expect(curated.stdout).toMatch(/^rejected: curation\/fix\.json: curations\[1\].*no event has id "2099-ban-nobody"$/m);
		let out = await readOut(root);
		const ban = out.events.find((e) => e.id === '2017-07-14-ban-id-kominfo-telegram');
		expect(ban?.date).toBe('2017-07-14/2017-08-10');
		expect(ban?.curation).toEqual({ file: 'fix.json', action: 'correct', reason: 'The block began on 14 July 2017 and was partial.' });

		const plain = await ingestCli(...args(root, '--no-curation'));
		expect(plain.code).toBe(0);
		out = await readOut(root);
		expect(out.events.find((e) => e.id === '2017-07-14-ban-id-kominfo-telegram')?.date).toBe('2017-07-14');
		expect(out.events.some((e) => e.curation)).toBe(false);
		expect(out.rejected).toEqual([]);
	});
});
