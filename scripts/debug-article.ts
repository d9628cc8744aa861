/** Developer aid: prints what the extractor sees in one article, sentence by sentence. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadGazetteer } from '../src/lib/gazetteer/load';
import { Extractor, sha256 } from '../src/lib/extract/pipeline';
import { findTriggers } from '../src/lib/extract/events/triggers';
import { readModality } from '../src/lib/extract/events/modality';

const path = process.argv[2];
if (!path) {
	process.stderr.write('usage: tsx scripts/debug-article.ts ARTICLE.txt\n');
	process.exit(2);
}
const text = readFileSync(path, 'utf8');
let meta = {};
try {
	meta = JSON.parse(readFileSync(path.replace(/\.txt$/, '.meta.json'), 'utf8'));
} catch {
	/* no sidecar */
}
const extractor = new Extractor(loadGazetteer('data/gazetteer'));
const result = extractor.analyse({ id: basename(path, '.txt'), file: basename(path), text, meta, contentHash: sha256(text) });
console.log('reference', result.article.referenceDate, 'lang', result.article.language);
result.sentences.forEach((f, k) => {
	console.log(`\n#${k} ${f.sentence.text}`);
	for (const m of f.mentions) console.log(`   M ${JSON.stringify(m.text)} -> ${JSON.stringify(m.ref)}${m.affiliation ? ' aff=' + m.affiliation : ''}${['attribute', 'locative', 'market', 'modifier', 'coreference'].filter((x) => (m as unknown as Record<string, unknown>)[x]).map((x) => ' ' + x).join('')}`);
	for (const d of f.dates) console.log(`   D ${JSON.stringify(d.text)} -> ${d.edtf} ${d.basis} ${d.kind} ${d.relation ?? ''}${d.candidates ? ' candidates=' + d.candidates.length : ''}`);
	for (const t of findTriggers(f.sentence.text)) console.log(`   T ${t.rule.type}/${t.rule.voice} ${JSON.stringify(f.sentence.text.slice(t.start, t.end))} ${JSON.stringify(readModality(f.sentence.text, t.start, t.end))}`);
});
console.log('\nDRAFTS');
for (const d of result.drafts) console.log(` ${d.type} ${d.status} ${d.date} [${[...d.actors].map(([a, r]) => a + ':' + r).join(' ')}] s${d.sentence} sources=${d.sources.length}`);
