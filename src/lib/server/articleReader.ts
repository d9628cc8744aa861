/**
 * The article reader's view of one article: its raw text cut into runs — story text, page
 * furniture (greyed, with why), and evidence sentences linked to the events they support. The
 * text is decoded and segmented exactly as the ingest did, so offsets line up.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { error } from '@sveltejs/kit';
import { decodeArticle } from '$lib/extract/decode';
import { segmentArticle, type SegmentKind } from '$lib/extract/boilerplate';
import type { Article } from '$lib/schema/events';
import type { Lang } from '$lib/timeline/urlState';
import type { CorpusIndex } from './corpus';
import { articlesDir } from './events';

export interface ReaderRun {
	text: string;
	kind: SegmentKind | 'gap';
	reason?: string;
	/** Set on evidence: where the quote starts (its anchor) and the events it supports. */
	evidence?: { start: number; events: { id: string; title: string }[] };
}

export interface ReaderView {
	article: Article;
	paragraphs: ReaderRun[][];
	eventCount: number;
}

export function readerView(index: CorpusIndex, id: string, lang: Lang): ReaderView {
	const article = index.file.articles.find((a) => a.id === id);
	if (!article) error(404, `No article has id "${id.slice(0, 80)}"`);
	const dir = articlesDir(index.file);
	const path = resolve(join(dir, article.file));
	if (relative(dir, path).startsWith('..')) error(404, `Article "${id}" is outside the articles folder`);
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch {
		error(404, `The text of article "${id}" is not available (${article.file})`);
	}
	const decoded = decodeArticle(bytes);
	if (!decoded.ok) error(404, `The text of article "${id}" cannot be shown: ${decoded.reason}`);
	const raw = decoded.text;
	const { segments } = segmentArticle(raw, article);

	// Evidence quotes of this article, each with the events it supports.
	const quotes = new Map<number, { end: number; events: { id: string; title: string }[] }>();
	for (const { event } of index.events) {
		for (const s of event.sources) {
			if (s.article !== id) continue;
			const q = quotes.get(s.start) ?? { end: s.end, events: [] };
			if (!q.events.some((e) => e.id === event.id)) q.events.push({ id: event.id, title: event.title[lang] });
			quotes.set(s.start, q);
		}
	}
	// Cut points: segment edges, quote edges and line breaks.
	const cuts = new Set<number>([0, raw.length]);
	for (const s of segments) cuts.add(s.start).add(s.end);
	for (const [start, q] of quotes) cuts.add(start).add(q.end);
	for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) cuts.add(i).add(i + 1);
	const points = [...cuts].sort((a, b) => a - b);

	const paragraphs: ReaderRun[][] = [[]];
	for (let k = 0; k + 1 < points.length; k++) {
		const [a, b] = [points[k]!, points[k + 1]!];
		const text = raw.slice(a, b);
		if (text === '\n' || text === '\r\n') {
			if (paragraphs[paragraphs.length - 1]!.length) paragraphs.push([]);
			continue;
		}
		const segment = segments.find((s) => s.start <= a && b <= s.end);
		const quote = [...quotes].find(([start, q]) => start <= a && b <= q.end);
		const run: ReaderRun = { text, kind: segment?.kind ?? 'gap', ...(segment?.reason ? { reason: segment.reason } : {}) };
		if (quote) run.evidence = { start: quote[0], events: quote[1].events };
		paragraphs[paragraphs.length - 1]!.push(run);
	}
	return { article, paragraphs: paragraphs.filter((p) => p.some((r) => r.text.trim())), eventCount: new Set([...quotes.values()].flatMap((q) => q.events.map((e) => e.id))).size };
}
