/**
 * Format of the hand-kept gazetteer in data/gazetteer/. The files are validated with these
 * schemas when the ingest loads them, so a typo names its file and entry.
 */
import { z } from 'zod';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase slug such as "id-kominfo"');
const Country = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');
const Day = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * An alias as it is written in text. Matching is case-sensitive (news text capitalises proper
 * names, and "Line" or "Grab" are also common words); an ALL-CAPS form of the alias matches too.
 * `lang` limits an alias to articles in that language ("AS" is the USA only in Indonesian).
 */
export const Alias = z.union([
	z.string().min(1),
	z
		.object({
			text: z.string().min(1),
			lang: z.enum(['id', 'en']).optional()
		})
		.strict()
]);
export type Alias = z.infer<typeof Alias>;

export const CompanyEntry = z
	.object({
		id: Id,
		name: z.string().min(1),
		kind: z.enum(['company', 'product', 'organization']),
		country: Country.nullable().describe('home country (headquarters)'),
		aliases: z.array(Alias),
		parent: Id.nullable().optional().describe('owner: parent company, or maker of a product'),
		sector: z.string().optional(),
		founded: Day.optional(),
		dissolved: Day.optional(),
		renamedTo: Id.optional(),
		note: z.string().optional()
	})
	.strict();
export type CompanyEntry = z.infer<typeof CompanyEntry>;

export const GovernmentEntry = z
	.object({
		id: Id,
		name: z.string().min(1).describe('English name'),
		nameId: z.string().optional().describe('Indonesian name'),
		country: Country.describe('country whose body it is; "EU" for bodies of the European Union'),
		aliases: z.array(Alias),
		type: z.enum([
			'executive',
			'ministry',
			'regulator',
			'competition',
			'tax',
			'police',
			'intelligence',
			'legislature',
			'court',
			'trade',
			'agency',
			'central-bank',
			'supranational'
		]),
		parent: Id.nullable().optional(),
		seat: z.string().optional().describe('city where it sits'),
		from: Day.optional(),
		to: Day.optional(),
		renamedTo: Id.optional(),
		leaderTitles: z
			.array(Alias)
			.optional()
			.describe('titles that name the head of this body, e.g. "Menkominfo", "Menteri Kominfo"'),
		note: z.string().optional()
	})
	.strict();
export type GovernmentEntry = z.infer<typeof GovernmentEntry>;

export const PersonEntry = z
	.object({
		id: Id,
		name: z.string().min(1),
		aliases: z.array(Alias),
		country: Country.nullable(),
		roles: z.array(
			z
				.object({
					title: z.string().min(1),
					org: Id.nullable(),
					from: Day.optional(),
					to: Day.optional()
				})
				.strict()
		)
	})
	.strict();
export type PersonEntry = z.infer<typeof PersonEntry>;

export const PlaceEntry = z
	.object({
		name: z.string().min(1),
		country: Country,
		aliases: z.array(Alias),
		kind: z.enum(['city', 'region', 'district', 'street', 'building']),
		capital: z.boolean().optional().describe('a capital that news uses for its government ("Washington")'),
		metonym: z.boolean().optional().describe('used in news for the government itself ("Washington", "Beijing", "Kremlin")')
	})
	.strict();
export type PlaceEntry = z.infer<typeof PlaceEntry>;

export const CountryAliasEntry = z
	.object({
		code: Country,
		aliases: z.array(Alias).describe('names i18n-iso-countries lacks: "AS", "Cina", "Tiongkok", "Negeri Sakura", demonyms')
	})
	.strict();
export type CountryAliasEntry = z.infer<typeof CountryAliasEntry>;

export const GazetteerFiles = {
	'companies.json': z.array(CompanyEntry),
	'government.json': z.array(GovernmentEntry),
	'people.json': z.array(PersonEntry),
	'places.json': z.array(PlaceEntry),
	'countries.json': z.array(CountryAliasEntry)
} as const;
