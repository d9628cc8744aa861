import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCurationDir, ingest } from './run';

describe('data/events.json', () => {
	it('is what `npm run ingest` writes from data/articles today', async () => {
		const { json } = await ingest({
			articlesDir: 'data/articles',
			outFile: 'data/events.json',
			gazetteerDir: 'data/gazetteer',
			curationDir: defaultCurationDir('data/articles'),
			workers: 1
		});
		// If this fails after a change to the extractor, run `npm run ingest` and review the diff.
		expect(json).toBe(readFileSync('data/events.json', 'utf8'));
	});
});
