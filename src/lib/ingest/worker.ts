/** Worker thread of the parallel ingest: analyses a contiguous slice of the article files. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer } from '$lib/gazetteer/load';
import { Extractor } from '$lib/extract/pipeline';
import { analyseFile, type FileResult } from './analyseFile';

interface Job {
	gazetteerDir: string;
	articlesDir: string;
	files: string[];
	maxBytes: number;
}

const t0 = performance.now();
const job = workerData.job as Job;
const extractor = new Extractor(loadGazetteer(job.gazetteerDir));
// Results go back in batches, so the main thread takes them in while this one works on.
let batch: FileResult[] = [];
job.files.forEach((file, k) => {
	batch.push(analyseFile(extractor, job.articlesDir, file, job.maxBytes));
	if (batch.length === 100 || k === job.files.length - 1) {
		parentPort!.postMessage({ results: batch });
		batch = [];
	}
});
// The timing goes back with the results: a worker's own stderr may be cut off when it is terminated.
const timing = `worker ${job.files.length} files in ${(performance.now() - t0).toFixed(0)} ms`;
parentPort!.postMessage({ done: true, contextActors: extractor.contextActors.all(), timing });
