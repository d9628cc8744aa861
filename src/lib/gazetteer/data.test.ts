/**
 * Checks the hand-kept gazetteer in data/gazetteer/: every file parses with its schema, ids and
 * references are consistent, no alias names two entries, country codes are real, and a few facts
 * the extractor relies on are in place.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import enLocale from 'i18n-iso-countries/langs/en.json';
import idLocale from 'i18n-iso-countries/langs/id.json';
import {
	GazetteerFiles,
	type Alias,
	type CompanyEntry,
	type CountryAliasEntry,
	type GovernmentEntry,
	type PersonEntry,
	type PlaceEntry
} from './schema';

countries.registerLocale(enLocale);
countries.registerLocale(idLocale);

const DIR = fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));
type FileName = keyof typeof GazetteerFiles;

function readRaw(file: FileName): unknown {
	return JSON.parse(readFileSync(DIR + file, 'utf8'));
}

function load<F extends FileName>(file: F) {
	return GazetteerFiles[file].parse(readRaw(file)) as ReturnType<(typeof GazetteerFiles)[F]['parse']>;
}

const LANGS = ['id', 'en'] as const;
type Lang = (typeof LANGS)[number];

function text(alias: Alias): string {
	return typeof alias === 'string' ? alias : alias.text;
}
function langs(alias: Alias): readonly Lang[] {
	return typeof alias === 'string' || !alias.lang ? LANGS : [alias.lang];
}

/** Words of a name, as a token matcher sees them: "Disney+" and "Disney" are the same words. */
function words(name: string): string {
	return (name.match(/[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu) ?? []).join(' ');
}

/**
 * Surface forms that would match the same text. Matching is case-sensitive but an ALL-CAPS form
 * of an alias matches too, so two aliases collide exactly when the upper-case forms of their words
 * are equal (both then match the all-caps text) in a language they share.
 */
function duplicates(entries: { key: string; aliases: Alias[] }[]): string[] {
	const owners = new Map<string, Set<string>>();
	for (const { key, aliases } of entries) {
		for (const alias of aliases) {
			for (const lang of langs(alias)) {
				const form = `${lang}\u0000${words(text(alias)).toUpperCase()}`;
				let set = owners.get(form);
				if (!set) owners.set(form, (set = new Set()));
				set.add(key);
			}
		}
	}
	const report = new Set<string>();
	for (const [form, set] of owners) {
		if (set.size > 1) report.add(`"${form.split('\u0000')[1]}" on ${[...set].sort().join(', ')}`);
	}
	return [...report].sort();
}

function isCountry(code: string): boolean {
	return code === 'EU' || countries.isValid(code);
}

/** Day strings (YYYY, YYYY-MM, YYYY-MM-DD) compare correctly as strings when one is not a prefix-day of the other. */
function ordered(from?: string, to?: string): boolean {
	return !from || !to || from <= to;
}

const companies: CompanyEntry[] = load('companies.json');
const government: GovernmentEntry[] = load('government.json');
const people: PersonEntry[] = load('people.json');
const places: PlaceEntry[] = load('places.json');
const countryAliases: CountryAliasEntry[] = load('countries.json');

const companyById = new Map(companies.map((c) => [c.id, c]));
const governmentById = new Map(government.map((g) => [g.id, g]));

function companyWithAlias(alias: string) {
	return companies.filter((c) => c.aliases.some((a) => text(a) === alias));
}
function governmentWithAlias(alias: string) {
	return government.filter((g) => g.aliases.some((a) => text(a) === alias));
}

describe('gazetteer files', () => {
	it.each(Object.keys(GazetteerFiles) as FileName[])('%s matches its schema', (file) => {
		const result = GazetteerFiles[file].safeParse(readRaw(file));
		expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 5), null, 1)).toBe(
			true
		);
	});

	it('has ids that are unique across companies, government and people', () => {
		const seen = new Map<string, number>();
		for (const { id } of [...companies, ...government, ...people]) seen.set(id, (seen.get(id) ?? 0) + 1);
		const repeated = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
		expect(repeated, `repeated ids: ${repeated.join(', ')}`).toEqual([]);
	});

	it('has no alias with stray whitespace', () => {
		const all = [
			...companies.flatMap((c) => c.aliases),
			...government.flatMap((g) => [...g.aliases, ...(g.leaderTitles ?? [])]),
			...people.flatMap((p) => p.aliases),
			...places.flatMap((p) => p.aliases),
			...countryAliases.flatMap((c) => c.aliases)
		].map(text);
		const bad = all.filter((t) => t !== t.trim() || /\s{2,}/.test(t));
		expect(bad).toEqual([]);
	});
});

describe('references', () => {
	it('company parents and renames point at companies', () => {
		const broken = companies.flatMap((c) =>
			[c.parent, c.renamedTo]
				.filter((ref): ref is string => !!ref && !companyById.has(ref))
				.map((ref) => `${c.id} -> ${ref}`)
		);
		expect(broken, `unresolved: ${broken.join('; ')}`).toEqual([]);
	});

	it('government parents and renames point at government bodies', () => {
		const broken = government.flatMap((g) =>
			[g.parent, g.renamedTo]
				.filter((ref): ref is string => !!ref && !governmentById.has(ref))
				.map((ref) => `${g.id} -> ${ref}`)
		);
		expect(broken, `unresolved: ${broken.join('; ')}`).toEqual([]);
	});

	it('person roles point at a company or a government body', () => {
		const broken = people.flatMap((p) =>
			p.roles
				.filter((r) => r.org !== null && !companyById.has(r.org) && !governmentById.has(r.org))
				.map((r) => `${p.id} -> ${r.org}`)
		);
		expect(broken, `unresolved: ${broken.join('; ')}`).toEqual([]);
	});

	it('has no cycles through parent or renamedTo', () => {
		const cyclic: string[] = [];
		for (const [byId, field] of [
			[companyById, 'parent'],
			[companyById, 'renamedTo'],
			[governmentById, 'parent'],
			[governmentById, 'renamedTo']
		] as const) {
			for (const start of byId.keys()) {
				const seen = new Set<string>();
				let at: string | null | undefined = start;
				while (at && !seen.has(at)) {
					seen.add(at);
					const entry = byId.get(at) as (CompanyEntry & GovernmentEntry) | undefined;
					at = entry?.[field];
				}
				if (at) cyclic.push(`${field} from ${start}`);
			}
		}
		expect(cyclic).toEqual([]);
	});

	it('government seats are known places (or city-states named like their country)', () => {
		const placeNames = new Set(places.map((p) => p.name));
		const countryNames = new Set(Object.values(countries.getNames('en', { select: 'all' })).flat());
		const unknown = government
			.filter((g) => g.seat && !placeNames.has(g.seat) && !countryNames.has(g.seat))
			.map((g) => `${g.id}: ${g.seat}`);
		expect(unknown, unknown.join(', ')).toEqual([]);
	});

	it('has from/to dates in order', () => {
		const bad = [
			...government.filter((g) => !ordered(g.from, g.to)).map((g) => g.id),
			...people.flatMap((p) => p.roles.filter((r) => !ordered(r.from, r.to)).map((r) => `${p.id}: ${r.title}`)),
			...companies.filter((c) => !ordered(c.founded, c.dissolved)).map((c) => c.id)
		];
		expect(bad).toEqual([]);
	});
});

describe('aliases', () => {
	it('no alias names two entries of companies and government', () => {
		const offenders = duplicates([
			...companies.map((c) => ({ key: `company:${c.id}`, aliases: [c.name, ...c.aliases] })),
			...government.map((g) => ({
				key: `government:${g.id}`,
				aliases: [g.name, ...(g.nameId ? [g.nameId] : []), ...g.aliases]
			}))
		]);
		expect(offenders, `aliases on more than one entry:\n${offenders.join('\n')}`).toEqual([]);
	});

	it('no leader title names the head of two government bodies', () => {
		const offenders = duplicates(government.map((g) => ({ key: g.id, aliases: g.leaderTitles ?? [] })));
		expect(offenders, offenders.join('\n')).toEqual([]);
	});

	it('no alias names two people', () => {
		const offenders = duplicates(people.map((p) => ({ key: p.id, aliases: [p.name, ...p.aliases] })));
		expect(offenders, offenders.join('\n')).toEqual([]);
	});

	it('no alias names two places', () => {
		const offenders = duplicates(places.map((p) => ({ key: p.name, aliases: [p.name, ...p.aliases] })));
		expect(offenders, offenders.join('\n')).toEqual([]);
	});

	it('no country alias names two countries', () => {
		const offenders = duplicates(countryAliases.map((c) => ({ key: c.code, aliases: c.aliases })));
		const repeatedCodes = countryAliases.map((c) => c.code).filter((code, i, all) => all.indexOf(code) !== i);
		expect(offenders, offenders.join('\n')).toEqual([]);
		expect(repeatedCodes).toEqual([]);
	});

	it('countries.json only adds names that i18n-iso-countries lacks', () => {
		const known: Record<Lang, Map<string, string>> = { id: new Map(), en: new Map() };
		for (const lang of LANGS) {
			for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
				for (const name of names) known[lang].set(name, code);
			}
		}
		const redundant = countryAliases.flatMap((c) =>
			c.aliases
				.filter((a) => langs(a).every((lang) => known[lang].has(text(a))))
				.map((a) => `${c.code}: ${text(a)}`)
		);
		const contradicting = countryAliases.flatMap((c) =>
			c.aliases.flatMap((a) =>
				langs(a)
					.filter((lang) => known[lang].has(text(a)) && known[lang].get(text(a)) !== c.code)
					.map((lang) => `${c.code}: ${text(a)} is ${known[lang].get(text(a))} in ${lang}`)
			)
		);
		expect(redundant, `already in i18n-iso-countries: ${redundant.join(', ')}`).toEqual([]);
		expect(contradicting).toEqual([]);
	});
});

describe('country codes', () => {
	it('are ISO 3166-1 alpha-2 codes or EU', () => {
		const codes = [
			...companies.map((c) => [c.id, c.country] as const),
			...government.map((g) => [g.id, g.country] as const),
			...people.map((p) => [p.id, p.country] as const),
			...places.map((p) => [p.name, p.country] as const),
			...countryAliases.map((c) => [c.code, c.code] as const)
		];
		const bad = codes.filter(([, code]) => code !== null && !isCountry(code)).map(([who, code]) => `${who}: ${code}`);
		expect(bad).toEqual([]);
	});
});

describe('spot checks', () => {
	it('"Kemenkominfo" is the Indonesian communications ministry', () => {
		const [kominfo, ...rest] = governmentWithAlias('Kemenkominfo');
		expect(rest).toEqual([]);
		expect(kominfo?.country).toBe('ID');
		expect(kominfo?.type).toBe('ministry');
		for (const alias of ['Kementerian Komunikasi dan Informatika', 'Kominfo', 'Kementerian Kominfo', 'Kementerian Komunikasi dan Informasi'])
			expect(governmentWithAlias(alias)).toEqual([kominfo]);
		expect((kominfo?.leaderTitles ?? []).map(text)).toEqual(
			expect.arrayContaining(['Menkominfo', 'Menteri Kominfo', 'Menteri Komunikasi dan Informasi'])
		);
		const komdigi = governmentById.get(kominfo?.renamedTo ?? '');
		expect(komdigi?.aliases.map(text)).toContain('Kementerian Komunikasi dan Digital');
		expect(komdigi?.country).toBe('ID');
	});

	it('"Tencent Holdings Ltd" is a Chinese company that owns WeChat', () => {
		const [tencent, ...rest] = companyWithAlias('Tencent Holdings Ltd');
		expect(rest).toEqual([]);
		expect(tencent?.kind).toBe('company');
		expect(tencent?.country).toBe('CN');
		expect(companyWithAlias('WeChat')[0]?.parent).toBe(tencent?.id);
	});

	it('"Kepolisian Taiwan" is a police body of Taiwan', () => {
		const [police, ...rest] = governmentWithAlias('Kepolisian Taiwan');
		expect(rest).toEqual([]);
		expect(police).toMatchObject({ country: 'TW', type: 'police' });
	});

	it('Rudiantara was Minister at Kominfo from 2014-10-27', () => {
		const kominfo = governmentWithAlias('Kominfo')[0];
		const rudiantara = people.find((p) => p.aliases.map(text).includes('Rudiantara'));
		expect(rudiantara?.roles).toEqual(
			expect.arrayContaining([expect.objectContaining({ org: kominfo?.id, from: '2014-10-27' })])
		);
		expect(rudiantara?.aliases.map(text)).toContain('Chief RA');
	});

	it('John Chen led the Canadian BlackBerry', () => {
		const chen = people.find((p) => p.aliases.map(text).includes('John Chen'));
		const blackberry = companyWithAlias('BlackBerry')[0];
		expect(blackberry?.country).toBe('CA');
		expect(chen?.roles).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ org: blackberry?.id, from: '2013-11-04', to: '2023-11-03' })
			])
		);
	});

	it('Pavel Durov runs Telegram, based in the UAE', () => {
		const durov = people.find((p) => p.aliases.map(text).includes('Pavel Durov'));
		const telegram = companyWithAlias('Telegram')[0];
		expect(telegram?.country).toBe('AE');
		expect(durov?.roles.map((r) => r.org)).toContain(telegram?.id);
	});

	it('Line belongs to Naver of South Korea and was based in Tokyo', () => {
		const line = companyWithAlias('Line')[0];
		const naver = companyWithAlias('Naver Corp')[0];
		expect(line?.country).toBe('JP');
		expect(line?.parent).toBe(naver?.id);
		expect(naver?.country).toBe('KR');
	});

	it('Xiaomi, Huawei and MTS are where the news says they are', () => {
		expect(companyWithAlias('Xiaomi Inc')[0]?.country).toBe('CN');
		expect(companyWithAlias('Huawei')[0]?.country).toBe('CN');
		expect(companyWithAlias('Huawei Cloud')[0]?.parent).toBe(companyWithAlias('Huawei')[0]?.id);
		expect(companyWithAlias('MTS')[0]?.country).toBe('RU');
		expect(companyWithAlias('Android')[0]?.parent).toBe(companyWithAlias('Google')[0]?.id);
		expect(companyWithAlias('Google')[0]?.parent).toBe(companyWithAlias('Alphabet')[0]?.id);
	});

	it('Facebook became Meta and Twitter became X Corp', () => {
		expect(companyWithAlias('Facebook')[0]?.renamedTo).toBe(companyWithAlias('Meta Platforms')[0]?.id);
		expect(companyWithAlias('Twitter')[0]?.renamedTo).toBe(companyWithAlias('X Corp')[0]?.id);
		expect(companyWithAlias('Instagram')[0]?.parent).toBe(companyWithAlias('Meta')[0]?.id);
	});

	it('"Departemen Dagang AS" is the US Commerce Department', () => {
		const [commerce, ...rest] = governmentWithAlias('Departemen Dagang AS');
		expect(rest).toEqual([]);
		expect(commerce?.country).toBe('US');
		expect(governmentWithAlias('Commerce Department')).toEqual([commerce]);
	});

	it('Donald Trump was and is President of the United States', () => {
		const trump = people.find((p) => p.aliases.map(text).includes('Donald Trump'));
		const whiteHouse = governmentWithAlias('White House')[0];
		expect(whiteHouse?.country).toBe('US');
		const terms = trump?.roles.filter((r) => r.org === whiteHouse?.id).map((r) => r.from);
		expect(terms).toEqual(expect.arrayContaining(['2017-01-20', '2025-01-20']));
	});

	it('leaves out the small firms the extractor must find from context', () => {
		const all = [...companies.flatMap((c) => [c.name, ...c.aliases]), ...government.flatMap((g) => [g.name, ...g.aliases])]
			.map(text)
			.map((t) => t.toLowerCase());
		for (const name of ['basalt spo', 'basalt', 'open mobile platform', 'aurora os', 'aurora', 'mcst', 'elbrus'])
			expect(all, name).not.toContain(name);
	});

	it('country aliases cover Indonesian names and epithets', () => {
		const codeOf = (alias: string, lang: Lang) =>
			countryAliases.find((c) => c.aliases.some((a) => text(a) === alias && langs(a).includes(lang)))?.code;
		expect(codeOf('AS', 'id')).toBe('US');
		expect(codeOf('AS', 'en')).toBeUndefined();
		expect(codeOf('Tiongkok', 'id')).toBe('CN');
		expect(codeOf('China daratan', 'id')).toBe('CN');
		expect(codeOf('Tanah Air', 'id')).toBe('ID');
		expect(codeOf('Negeri Sakura', 'id')).toBe('JP');
		expect(codeOf('Uni Eropa', 'id')).toBe('EU');
		expect(codeOf('Taiwanese', 'en')).toBe('TW');
	});

	it('places map metonyms and Indonesian spellings', () => {
		const place = (alias: string) => places.find((p) => p.aliases.map(text).includes(alias));
		expect(place('Moskow')).toMatchObject({ country: 'RU', metonym: true });
		expect(place('Peking')).toMatchObject({ country: 'CN', metonym: true, capital: true });
		expect(place('Washington')).toMatchObject({ country: 'US', metonym: true });
		expect(place('Gedung Putih')).toMatchObject({ country: 'US', kind: 'building' });
		expect(place('Brussel')?.country).toBe('BE');
		expect(place('Gambir')?.country).toBe('ID');
		expect(place('Osaka')).toMatchObject({ country: 'JP' });
		expect(place('Osaka')?.metonym).toBeFalsy();
	});
});
