/**
 * The event record format: the one definition. TypeScript types are inferred from it, the
 * ingest validates its output with it, and `/schema/events.json` is generated from it.
 */
import { z } from 'zod';
import { edtfSpan } from '$lib/dates/edtfSpan';
import { EVENT_TYPES } from '$lib/timeline/eventTypes';

/** Event types, each with the closest CAMEO code family (see README "Event types"). */
export { EVENT_TYPES };
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const ACTOR_KINDS = ['company', 'product', 'government', 'person', 'organization'] as const;
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

export const STATUSES = ['occurred', 'planned', 'ongoing'] as const;
export const EventStatus = z.enum(STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;

/** How an event's date was found. */
export const DATE_BASES = [
	'explicit', // a full date in the sentence ("1 Agustus 2017")
	'explicit-partial', // day or month in the sentence, year taken from the article date ("1/8", "bulan Mei")
	'weekday', // day and month in the text, year chosen because the stated weekday fits it
	'relative', // a relative phrase against the article's publication date ("kemarin", "pekan ini")
	'relative-estimated', // a relative phrase against an article date estimated from the article itself
	'context', // no date in the sentence; taken from the surrounding narrative of the same article
	'merged', // several sources narrowed the date together
	'curated', // set by hand curation
	'none' // no basis in the text: date is null or has an unspecified year
] as const;
export const DateBasis = z.enum(DATE_BASES);
export type DateBasis = z.infer<typeof DateBasis>;

export const ACTOR_ROLES = ['actor', 'target', 'participant'] as const;
export const ActorRole = z.enum(ACTOR_ROLES);
export type ActorRole = z.infer<typeof ActorRole>;

const CountryCode = z
	.string()
	.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "ID"')
	.describe('ISO 3166-1 alpha-2 country code');

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

const Slug = z
	.string()
	.min(1)
	.max(200)
	.regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase letters, digits, ".", "_" and "-"');

/** An EDTF string (ISO 8601-2), checked with the edtf parser. */
/** Valid EDTF exactly when it has a span (the common forms are read without the slow parser). */
const isEdtf = (value: string) => edtfSpan(value) !== null;

export const EdtfString = z
	.string()
	.min(1)
	.refine(
		isEdtf,
		{ message: 'not a valid EDTF date (e.g. 2017-08-01, 2017-08, 2019-05~, ../2017-08-01)' }
	)
	.describe('Extended Date/Time Format (ISO 8601-2) string');

export const Source = z
	.object({
		article: Slug.describe('id of the article (its file name without .txt)'),
		quote: z.string().min(1).describe('the sentence that states the event, verbatim'),
		start: z.number().int().nonnegative().describe('UTF-16 offset of the quote in the raw article text'),
		end: z.number().int().positive().describe('end offset (exclusive): quote === raw.slice(start, end)'),
		dateText: z.string().nullable().describe('the phrase the date was read from, if any')
	})
	.refine((s) => s.end - s.start === s.quote.length, {
		message: 'end - start must equal the quote length'
	});
export type Source = z.infer<typeof Source>;

export const EventActor = z.object({
	id: Slug,
	role: ActorRole.describe('actor: does it (visitor, banner, investigator); target: has it done to it; participant: both sides alike')
});
export type EventActor = z.infer<typeof EventActor>;

export const Location = z.object({
	country: CountryCode.nullable(),
	place: z.string().nullable()
});
export type Location = z.infer<typeof Location>;

export const Curation = z.object({
	file: z.string().describe('curation file, relative to the curation folder'),
	action: z.enum(['add', 'correct']),
	reason: z.string().min(1)
});

export const Event = z.object({
	id: Slug.describe('stable id: year, type and the organisations involved'),
	type: EventType,
	cameo: z.string().regex(/^\d{3,4}$/).describe('closest CAMEO event code'),
	date: EdtfString.nullable().describe('null when the text gives no basis'),
	dateBasis: DateBasis,
	duration: z
		.string()
		.regex(/^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/)
		.nullable()
		.describe('stated duration as an ISO 8601 duration (e.g. P3M), when the text gives one'),
	status: EventStatus,
	actors: z.array(EventActor).min(1),
	countries: z.array(CountryCode).describe('every country the event involves, sorted'),
	location: Location.nullable(),
	sources: z.array(Source).min(1),
	confidence: z.number().min(0).max(1),
	title: z.object({ en: z.string().min(1), id: z.string().min(1) }),
	curation: Curation.optional()
});
export type Event = z.infer<typeof Event>;

export const ActorRoleInOrg = z.object({
	title: z.string().min(1),
	org: Slug.nullable(),
	from: IsoDay.nullable().optional(),
	to: IsoDay.nullable().optional()
});

export const Actor = z.object({
	id: Slug,
	name: z.string().min(1),
	kind: ActorKind,
	country: CountryCode.nullable().describe('home country'),
	aliases: z.array(z.string()),
	parent: Slug.nullable().optional().describe('owning company or parent body'),
	roles: z.array(ActorRoleInOrg).optional().describe('for people: the posts they hold'),
	origin: z.enum(['gazetteer', 'context']).describe('gazetteer entry, or recognised from the text')
});
export type Actor = z.infer<typeof Actor>;

export const ArticleMeta = z
	.object({
		title: z.string().optional(),
		outlet: z.string().optional(),
		// Only web addresses: the reader links to it, and a "javascript:" URL would run on a click.
		url: z
			.string()
			.regex(/^https?:\/\/[^\s]+$/i, 'an http(s) address such as "https://example.com/story"')
			.optional(),
		published: IsoDay.optional(),
		language: z.enum(['id', 'en']).optional()
	})
	.strict();
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Article = z.object({
	id: Slug,
	file: z.string().describe('file name inside the articles folder'),
	...ArticleMeta.shape,
	language: z.enum(['id', 'en']),
	referenceDate: z
		.object({
			date: IsoDay,
			basis: z.enum(['published', 'dateline', 'estimated'])
		})
		.nullable()
		.describe('the date relative phrases are read against'),
	contentHash: z.string().describe('sha256 of the raw bytes, to notice edits')
});
export type Article = z.infer<typeof Article>;

export const Rejected = z.object({
	file: z.string(),
	reason: z.string()
});

export const EventsFile = z.object({
	schemaVersion: z.literal(1),
	articlesDir: z.string().describe('folder of the article files, relative to this file'),
	articles: z.array(Article),
	actors: z.array(Actor),
	events: z.array(Event),
	rejected: z.array(Rejected).describe('input files that could not be ingested, with why')
});
export type EventsFile = z.infer<typeof EventsFile>;

/** The JSON Schema served at /schema/events.json. */
export function eventsJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(EventsFile, { unrepresentable: 'any', io: 'output' });
	return {
		...schema,
		$id: '/schema/events.json',
		title: 'Linimasa events file',
		description:
			'Events extracted from news articles, with their actors and the articles they come from. Generated from src/lib/schema/events.ts.'
	};
}
