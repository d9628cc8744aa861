/**
 * npm run bench:ingest [-- --sizes 1000,10000]
 *
 * Builds corpora of copies of the real articles under new ids in a temporary folder, runs the
 * real ingest on each in a fresh process, and prints articles/s, seconds and peak RSS. Nothing is
 * written into data/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes!.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
	process.stderr.write(`bench:ingest: --sizes ${values.sizes}: expected whole numbers such as 1000,10000\n`);
	process.exit(2);
}
const source = 'data/articles';
const seeds = readdirSync(source).filter((f) => f.endsWith('.txt')).sort();
const root = mkdtempSync(join(tmpdir(), 'linimasa-bench-'));


console.log(`bench:ingest on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), node ${process.version}`);
console.log('articles  seconds  articles/s  peak RSS (MB)  events');
const rows: { n: number; seconds: number }[] = [];
try {
	for (const n of sizes) {
		const dir = join(root, `corpus-${n}`, 'articles');
		execFileSync('mkdir', ['-p', dir]);
		for (let k = 0; k < n; k++) {
			const seed = seeds[k % seeds.length]!;
			const id = `copy-${String(k).padStart(6, '0')}-${seed.replace(/\.txt$/, '')}`;
			copyFileSync(join(source, seed), join(dir, `${id}.txt`));
			const meta = join(source, seed.replace(/\.txt$/, '.meta.json'));
			if (existsSync(meta)) writeFileSync(join(dir, `${id}.meta.json`), readFileSync(meta));
		}
		const out = join(root, `corpus-${n}`, 'events.json');
		const stdout = execFileSync(process.execPath, ['scripts/run.mjs', 'scripts/ingest.ts', '--articles', dir, '--out', out, '--no-curation', '--quiet', '--stats'], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		});
		const stats = /stats: articles=(\d+) events=(\d+) seconds=([\d.]+) max_rss_mb=([\d.]+)/.exec(stdout);
		if (!stats) throw new Error(`no stats line from the ingest:\n${stdout}`);
		const seconds = Number(stats[3]);
		rows.push({ n, seconds });
		console.log(`${String(n).padStart(8)}  ${seconds.toFixed(2).padStart(7)}  ${(n / seconds).toFixed(0).padStart(10)}  ${stats[4]!.padStart(13)}  ${stats[2]!.padStart(6)}`);
	}
	if (rows.length >= 2) {
		const [a, b] = [rows[0]!, rows[rows.length - 1]!];
		console.log(`growth: ${b.n / a.n}x articles took ${(b.seconds / a.seconds).toFixed(1)}x the time (linear is ${b.n / a.n}x)`);
	}
	console.log('targets: 10,000 articles in <= 10 s, peak RSS <= 1024 MB, time linear in corpus size');
} finally {
	rmSync(root, { recursive: true, force: true });
}
