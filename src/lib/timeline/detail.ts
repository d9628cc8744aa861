/** An event as the detail panel, the permalink page and the table show it. */
import type { Lang } from './urlState';

export interface EventDetail {
	id: string;
	/** Position in the events file: the timeline's columns identify events by it. */
	n: number;
	type: string;
	cameo: string;
	date: string | null;
	dateBasis: string;
	duration: string | null;
	status: string;
	title: { en: string; id: string };
	span: { start: number | null; end: number | null; flags: number; month: number | null };
	actors: { id: string; name: string; kind: string; role: string; country: string | null }[];
	countries: string[];
	location: { country: string | null; place: string | null } | null;
	confidence: number;
	sources: {
		article: string;
		articleTitle: string | null;
		outlet: string | null;
		published: string | null;
		quote: string;
		start: number;
		end: number;
		dateText: string | null;
	}[];
	curation: { reason: string; action: string } | null;
}

export interface TableRow {
	id: string;
	type: number;
	title: string;
	span: EventDetail['span'];
	actors: string[];
	countries: string[];
	sources: number;
}

export interface TablePage {
	rows: TableRow[];
	offset: number;
	total: number;
	lang: Lang;
}
