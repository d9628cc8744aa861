/** One article file through the extractor: what both the serial and the parallel ingest do. */
import type { ArticleText, Extractor, AnalysedArticle } from '$lib/extract/pipeline';
import { readArticle, type Rejection } from './corpus';

export interface FileResult {
	file: string;
	analysed?: Pick<AnalysedArticle, 'article' | 'drafts'>;
	warnings: string[];
	rejection?: Rejection;
}

export function analyseFile(extractor: Extractor, dir: string, file: string, maxBytes: number): FileResult {
	const { article, rejection } = readArticle(dir, file, maxBytes);
	if (rejection || !article) return { file, warnings: [], rejection: rejection ?? { file, reason: 'unreadable' } };
	return analyseText(extractor, article);
}

export function analyseText(extractor: Extractor, article: ArticleText): FileResult {
	try {
		const result = extractor.analyse(article);
		// Every quote is the raw text between its offsets: checked here, where the text is.
		for (const draft of result.drafts) {
			for (const s of draft.sources) {
				if (article.text.slice(s.start, s.end) !== s.quote) throw new Error(`quote at ${s.start}-${s.end} does not match the text`);
			}
		}
		return { file: article.file, analysed: { article: result.article, drafts: result.drafts }, warnings: result.warnings };
	} catch (error) {
		// A bug must not cost the other articles: report it with the file.
		return { file: article.file, warnings: [], rejection: { file: article.file, reason: `extraction failed: ${(error as Error).message}` } };
	}
}
