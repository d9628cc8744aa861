/**
 * The gazetteer: every known company, product, government body, person, place and country
 * name, with one trie that finds them in text. Built from the validated files of data/gazetteer
 * plus the country names of i18n-iso-countries (Indonesian and English).
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { ActorKind } from '$lib/schema/events';
import type { Alias, CompanyEntry, CountryAliasEntry, GovernmentEntry, PersonEntry, PlaceEntry } from './schema';
import { aliasTokens, caseVariants } from './tokens';
import { TokenTrie } from './trie';

// Loaded through require: JSON import attributes do not survive every bundler on Node 20.
const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/id.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

export type Lang = 'id' | 'en';

export interface Period {
	from?: string;
	to?: string;
}

export interface GazetteerActor {
	id: string;
	name: string;
	/** Indonesian name, where it differs. */
	nameId?: string;
	kind: ActorKind;
	country: string | null;
	aliases: string[];
	parent?: string | null;
	roles?: { title: string; org: string | null; from?: string; to?: string }[];
	/** When it existed or held office: limits the years a weekday-only date can fall in. */
	periods: Period[];
	seat?: string;
	/** For government bodies: ministry, regulator, police ... */
	bodyType?: string;
	/** People who are heads of state or government are named by surname alone in news ("Trump"). */
	famous?: boolean;
}

export type NameRef =
	| { type: 'actor'; id: string }
	| { type: 'country'; code: string }
	| { type: 'place'; name: string; country: string; metonym: boolean }
	| { type: 'title'; org: string; title: string }
	| { type: 'surname'; id: string };

interface AliasValue {
	ref: NameRef;
	lang?: Lang;
}

export interface GazetteerFilesData {
	companies: CompanyEntry[];
	government: GovernmentEntry[];
	people: PersonEntry[];
	places: PlaceEntry[];
	countries: CountryAliasEntry[];
}

const HEAD_OF_STATE = /\b(?:president|presiden|prime minister|perdana menteri|chancellor|kanselir|king|raja|premier|supreme leader)\b/i;

export class Gazetteer {
	readonly actors = new Map<string, GazetteerActor>();
	readonly trie = new TokenTrie<AliasValue>();
	/** Known places by name, for locations. */
	readonly places = new Map<string, PlaceEntry>();

	constructor(data: GazetteerFilesData) {
		for (const c of data.companies) {
			this.addActor({
				id: c.id,
				name: c.name,
				kind: c.kind,
				country: c.country,
				aliases: aliasTexts(c.name, c.aliases),
				parent: c.parent ?? null,
				periods: c.founded || c.dissolved ? [{ from: c.founded, to: c.dissolved }] : []
			}, c.aliases);
		}
		for (const g of data.government) {
			this.addActor({
				id: g.id,
				name: g.name,
				nameId: g.nameId,
				kind: 'government',
				country: g.country,
				aliases: aliasTexts(g.name, g.aliases),
				parent: g.parent ?? null,
				periods: g.from || g.to ? [{ from: g.from, to: g.to }] : [],
				seat: g.seat,
				bodyType: g.type
			}, g.aliases);
			for (const title of g.leaderTitles ?? []) {
				const { text, lang } = aliasParts(title);
				this.addName(text, { ref: { type: 'title', org: g.id, title: text }, lang });
			}
		}
		for (const p of data.people) {
			const famous = p.roles.some((r) => HEAD_OF_STATE.test(r.title));
			this.addActor({
				id: p.id,
				name: p.name,
				kind: 'person',
				country: p.country,
				aliases: aliasTexts(p.name, p.aliases),
				roles: p.roles.map((r) => ({ title: r.title, org: r.org, from: r.from, to: r.to })),
				periods: p.roles.map((r) => ({ from: r.from, to: r.to })),
				famous
			}, p.aliases);
			// "Durov" after "Pavel Durov": the surname, only trusted once the full name was seen.
			const parts = p.name.split(/\s+/);
			if (parts.length > 1) this.addName(parts[parts.length - 1]!, { ref: { type: 'surname', id: p.id } });
		}
		for (const place of data.places) {
			this.places.set(place.name, place);
			for (const alias of [place.name, ...place.aliases]) {
				const { text, lang } = aliasParts(alias);
				this.addName(text, {
					ref: { type: 'place', name: place.name, country: place.country, metonym: place.metonym ?? false },
					lang
				});
			}
		}
		for (const code of Object.keys(countries.getAlpha2Codes())) {
			for (const lang of ['id', 'en'] as const) {
				const names = countries.getName(code, lang, { select: 'all' }) as string[] | undefined;
				for (const name of names ?? []) this.addName(name, { ref: { type: 'country', code } });
			}
		}
		for (const entry of data.countries) {
			for (const alias of entry.aliases) {
				const { text, lang } = aliasParts(alias);
				this.addName(text, { ref: { type: 'country', code: entry.code }, lang });
			}
		}
	}

	private addActor(actor: GazetteerActor, aliases: Alias[]) {
		this.actors.set(actor.id, actor);
		this.addName(actor.name, { ref: { type: 'actor', id: actor.id } });
		for (const alias of aliases) {
			const { text, lang } = aliasParts(alias);
			this.addName(text, { ref: { type: 'actor', id: actor.id }, lang });
		}
	}

	private addName(name: string, value: AliasValue) {
		for (const variant of caseVariants(aliasTokens(name))) this.trie.add(variant, value);
	}

	actor(id: string): GazetteerActor | undefined {
		return this.actors.get(id) ?? (id.startsWith('gov-') ? this.governmentOf(id.slice(4).toUpperCase()) : undefined);
	}

	/**
	 * "Indonesia's communications ministry", "Vietnam's trade ministry": the body of that country
	 * whose name shares the most words with the description, if any shares two.
	 */
	bodyOf(country: string, description: string[], day: string | null): GazetteerActor | null {
		const stems = new Set(description.map((w) => w.toLowerCase().slice(0, 6)).filter((w) => w.length >= 4));
		let best: GazetteerActor | null = null;
		let bestScore = 1;
		// The body that existed on the article's date; without a date, the one that exists now.
		const active = (a: GazetteerActor) =>
			a.periods.length === 0 || a.periods.some((p) => (day ? (!p.from || p.from <= day) && (!p.to || day <= p.to.padEnd(10, '-99')) : !p.to));
		for (const actor of this.actors.values()) {
			if (actor.kind !== 'government' || actor.country !== country || !active(actor)) continue;
			const words = new Set([actor.name, ...actor.aliases].join(' ').toLowerCase().split(/[^a-z]+/).map((w) => w.slice(0, 6)));
			const score = [...stems].filter((w) => words.has(w)).length;
			if (score > bestScore) {
				best = actor;
				bestScore = score;
			}
		}
		return best;
	}

	/** The government of a country as an actor ("Pemerintah Taiwan", "Washington"). */
	governmentOf(code: string): GazetteerActor {
		const id = `gov-${code.toLowerCase()}`;
		let actor = this.actors.get(id);
		if (!actor) {
			const en = countryName(code, 'en');
			const id_ = countryName(code, 'id');
			actor = {
				id,
				name: `Government of ${en}`,
				kind: 'government',
				country: code,
				aliases: [`Pemerintah ${id_}`, `${en} government`],
				periods: [],
				bodyType: 'executive'
			};
			this.actors.set(id, actor);
		}
		return actor;
	}
}

export function countryName(code: string, lang: Lang): string {
	if (code === 'EU') return lang === 'id' ? 'Uni Eropa' : 'European Union';
	const name = countries.getName(code, lang, { select: 'alias' }) ?? countries.getName(code, 'en');
	// i18n-iso-countries' English short names: prefer "United States" and "South Korea" over official ones.
	const short = lang === 'en' ? ENGLISH_SHORT[code] : undefined;
	return short ?? name ?? code;
}

const ENGLISH_SHORT: Record<string, string> = {
	US: 'United States',
	KR: 'South Korea',
	KP: 'North Korea',
	RU: 'Russia',
	TW: 'Taiwan',
	GB: 'United Kingdom',
	VN: 'Vietnam',
	IR: 'Iran',
	SY: 'Syria',
	LA: 'Laos',
	BO: 'Bolivia',
	VE: 'Venezuela',
	TZ: 'Tanzania',
	MD: 'Moldova',
	CN: 'China'
};

export function isCountryCode(code: string): boolean {
	return code === 'EU' || countries.isValid(code);
}

function aliasParts(alias: Alias): { text: string; lang?: Lang } {
	return typeof alias === 'string' ? { text: alias } : { text: alias.text, lang: alias.lang };
}

function aliasTexts(name: string, aliases: Alias[]): string[] {
	const texts = aliases.map((a) => aliasParts(a).text).filter((t) => t !== name);
	return [...new Set(texts)].sort();
}
