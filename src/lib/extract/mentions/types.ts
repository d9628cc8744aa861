import type { Actor } from '$lib/schema/events';

/** What a stretch of text names, once resolved. */
export type MentionRef =
	| { type: 'actor'; id: string }
	| { type: 'country'; code: string }
	| { type: 'place'; name: string; country: string };

export interface Mention {
	/** Offsets into the raw article text. */
	start: number;
	end: number;
	text: string;
	ref: MentionRef;
	/** For a person named with a post: the organisation or government of that post. */
	affiliation?: string;
	/** Describes the mention before it ("milik Tencent", "asal China"), does not take part. */
	attribute?: boolean;
	/** After di/ke/dari/in/at: where something happens or goes. */
	locative?: boolean;
	/** "pasar Rusia", "ke negara Thailand": a market entered or aimed at. */
	market?: boolean;
	/** "perusahaan teknologi AS": a country qualifying a common noun. */
	modifier?: boolean;
	/** Resolved from a description or pronoun rather than a name. */
	coreference?: boolean;
	/** A capital that stands for its government when it is the subject ("Washington melarang"). */
	metonym?: boolean;
}

type MentionExtras = Partial<Pick<Mention, 'affiliation' | 'coreference' | 'metonym'>>;

/**
 * A mention with every field set (flags false until flag() sets them): the recognisers read and
 * write these fields on every name of every sentence, and objects of one shape keep that fast.
 */
export function newMention(start: number, end: number, ref: MentionRef, extras: MentionExtras = {}): Mention {
	return {
		start,
		end,
		text: '',
		ref,
		affiliation: extras.affiliation || undefined,
		attribute: false,
		locative: false,
		market: false,
		modifier: false,
		coreference: extras.coreference ?? false,
		metonym: extras.metonym ?? false
	};
}

/** State carried through the sentences of one article. */
export interface ArticleContext {
	lang: 'id' | 'en';
	/** People named in full so far: their surnames now refer to them. */
	seenPeople: Set<string>;
	/** How often each company was named so far: "the Chinese firm" means the most named one. */
	salience: Map<string, number>;
	/** The organisation each person named so far spoke for. */
	affiliations: Map<string, string>;
	/** The last person named with each post ("CEO tampan itu" -> the last CEO). */
	lastByTitle: Map<string, string>;
	/** The last company named, for "perusahaan tersebut", "the company". */
	lastCompany: string | null;
	/** Country of the last government body named, for a bare "pemerintah", "the government". */
	lastGovernmentCountry: string | null;
	/** Names recognised from context in earlier sentences, found again by name. */
	learned: Map<string, string>;
	/** Article date, to tell who held a post ("Menkominfo" in 2017 is Rudiantara). */
	referenceDay: string | null;
}

/** Actors recognised from context, shared by every article of a run (same name, same id). */
export interface ContextActors {
	get(id: string): Actor | undefined;
	add(actor: Actor): Actor;
}

export function newArticleContext(lang: 'id' | 'en', referenceDay: string | null): ArticleContext {
	return {
		lang,
		seenPeople: new Set(),
		salience: new Map(),
		affiliations: new Map(),
		lastByTitle: new Map(),
		lastCompany: null,
		lastGovernmentCountry: null,
		learned: new Map(),
		referenceDay
	};
}
