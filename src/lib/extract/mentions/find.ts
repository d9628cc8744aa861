/**
 * Finds who and what a sentence names: gazetteer names first, then people by their posts
 * ("CEO BlackBerry John Chen", "Direktur umum Basalt SPO, Aleksey Smirnov"), governments by
 * description ("Pemerintah Taiwan", "para pemimpin Rusia dan Cina"), companies the gazetteer
 * does not know by the words around them ("layanan X", "X Inc", "X, pengembang ... Rusia"), and
 * descriptions that point back at a company already named ("perusahaan telekomunikasi Cina").
 */
import type { Actor } from '$lib/schema/events';
import type { Gazetteer, GazetteerActor, NameRef } from '$lib/gazetteer';
import { tokenize, type Token } from '$lib/gazetteer/tokens';
import { newMention, type ArticleContext, type ContextActors, type Mention, type MentionRef } from './types';
import {
	APPOSITIVE_COMPANY,
	ATTRIBUTE,
	COMPANY_NOUNS,
	DEMONSTRATIVES,
	GOVERNMENT_NOUNS,
	GOVERNMENT_WORDS,
	HEAD_TITLES,
	LEGAL_SUFFIXES,
	LIST_JOINERS,
	LOCATIVE,
	MAKER_VERBS,
	NOT_NAMES,
	NOT_NATIONAL_GOVERNMENT,
	OPENING_COMPANY_NOUNS,
	PLURAL_DETERMINERS,
	PRODUCT_NOUNS,
	TITLES
} from './words';

/** A gazetteer hit at a token: the tokens it covers and what it names. */
interface Hit {
	from: number;
	to: number;
	ref: NameRef;
}

export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
}

/** Words before a description that make it "a company", not "the company". */
const NOT_AFTER_DESCRIPTION = new Set(['oleh', 'by', 'dari', 'from', 'dengan', 'with', 'ke', 'to', 'di', 'in', 'untuk', 'for', 'antara', 'between', 'sebuah', 'suatu', 'a', 'an', 'satu', 'salah']);

/** Words that end a capitalised opening description before any name. */
const CLAUSE_WORDS = new Set(['tersebut', 'itu', 'ini', 'yang', 'tadi', 'kami', 'kita', 'mereka']);
/** After "Name," these say a person speaks: the name is not a company. */
const SPEECH_VERBS = new Set(['mengatakan', 'kata', 'ujar', 'menjelaskan', 'menyatakan', 'menuturkan', 'said', 'says', 'told']);

const isPlace = (m: Mention) => m.ref.type === 'country' || m.ref.type === 'place';

/** Starts with a capital, or a digit with letters after it ("Huawei", "5G"; not "2019" or "ponsel"). */

function isCapitalised(t: Token | undefined): boolean {
	if (!t) return false;
	const c = t.text.charAt(0);
	if (c !== c.toLowerCase()) return true;
	return c >= '0' && c <= '9' && /\p{L}/u.test(t.text);
}
const lower = (t: Token | undefined) => t?.lower ?? '';

/** The words of tokens[from..to) joined by single spaces: a name as the gazetteer would write it. */
function joinTokens(tokens: Token[], from: number, to: number): string {
	if (from >= to) return '';
	let name = tokens[from]!.text;
	// Two characters between an initial and the next word are its full stop and a space (see nameRun).
	for (let k = from + 1; k < to; k++) name += `${/^\p{Lu}$/u.test(tokens[k - 1]!.text) && tokens[k]!.start - tokens[k - 1]!.end === 2 ? '.' : ''} ${tokens[k]!.text}`;
	return name;
}

/** "M. Fanshurullah": an initial, its full stop and one space before the next word. */
function isInitialGap(initial: Token, next: Token, sentence: { text: string; offset: number }): boolean {
	return /^\p{Lu}$/u.test(initial.text) && sentence.text.slice(initial.end - sentence.offset, next.start - sentence.offset) === '. ';
}

/** Multi-word entries indexed by their first word, longest first, so a token is checked in O(1). */
function byFirstWord(entries: string[][]): Map<string, string[][]> {
	const index = new Map<string, string[][]>();
	for (const entry of [...entries].sort((a, b) => b.length - a.length)) {
		const list = index.get(entry[0]!) ?? [];
		list.push(entry);
		index.set(entry[0]!, list);
	}
	return index;
}
const TITLE_INDEX = byFirstWord(TITLES);
const PRODUCT_INDEX = byFirstWord(PRODUCT_NOUNS);
const DESCRIPTION_HEADS = new Set(['perusahaan', 'company', 'firm', 'raksasa', 'vendor', 'produsen', 'perseroan']);
/** Lower-case words that can open a person, government, company or description pattern. */
const STARTERS = new Set([
	...TITLE_INDEX.keys(),
	...PRODUCT_INDEX.keys(),
	...GOVERNMENT_WORDS,
	...HEAD_TITLES,
	...COMPANY_NOUNS,
	...DESCRIPTION_HEADS
]);

/** Length of the multi-word entry starting at token i, or 0. */
function entryAt(index: Map<string, string[][]>, tokens: Token[], i: number): number {
	for (const entry of index.get(lower(tokens[i])) ?? []) {
		if (entry.every((w, k) => lower(tokens[i + k]) === w)) return entry.length;
	}
	return 0;
}

function inPeriod(day: string | null, from?: string, to?: string): boolean {
	if (!day) return false;
	return (!from || from <= day) && (!to || day <= to.padEnd(10, '-99'));
}

export class MentionFinder {
	constructor(
		private gazetteer: Gazetteer,
		private contextActors: ContextActors
	) {}

	/** The sentence being read, for the gaps between tokens. */
	private sentence = { text: '', offset: 0 };

	/** Every mention in a sentence; `offset` is where the sentence starts in the raw text. */
	find(text: string, offset: number, ctx: ArticleContext, tokens: Token[] = tokenize(text, offset)): Mention[] {
		this.sentence = { text, offset };
		const hits = this.gazetteerHits(tokens, ctx);
		const mentions: Mention[] = [];
		const at = (i: number) => hits.get(i);
		let i = 0;
		while (i < tokens.length) {
			// Most words are lower-case words that open no pattern: step over them at once.
			const token = tokens[i]!;
			if (!hits.has(i) && !STARTERS.has(token.lower) && !isCapitalised(token)) {
				i++;
				continue;
			}
			const found =
				this.person(tokens, i, at, ctx, text, offset) ??
				this.government(tokens, i, at, ctx) ??
				this.named(tokens, i, at, ctx) ??
				this.unknownCompany(tokens, i, at, ctx, text, offset) ??
				this.description(tokens, i, ctx);
			if (found) {
				mentions.push(...found.mentions);
				i = found.next;
			} else i++;
		}
		this.flag(tokens, mentions, text, offset);
		this.remember(mentions, ctx);
		return mentions;
	}

	// ---------------------------------------------------------------- gazetteer names

	private gazetteerHits(tokens: Token[], ctx: ArticleContext): Map<number, Hit> {
		const hits = new Map<number, Hit>();
		for (const match of this.gazetteer.trie.matchAll(tokens, (v) => !v.lang || v.lang === ctx.lang)) {
			const ref = this.preferred(match.values, ctx);
			if (ref) hits.set(match.from, { from: match.from, to: match.to, ref });
		}
		return hits;
	}

	/** An alias can name several things ("Singapura": the country and the city): pick one. */
	private preferred(values: { ref: NameRef }[], ctx: ArticleContext): NameRef | null {
		const rank = (r: NameRef) =>
			r.type === 'actor' ? 0 : r.type === 'title' ? 1 : r.type === 'country' ? 2 : r.type === 'place' ? 3 : 4;
		// The first usable one of the best rank (what a stable sort by rank would put first).
		let best: NameRef | null = null;
		for (const { ref } of values) if (this.usable(ref, ctx) && (!best || rank(ref) < rank(best))) best = ref;
		return best;
	}

	/** A surname names someone only once they were named in full, or when they are famous. */
	private usable(ref: NameRef, ctx: ArticleContext): boolean {
		return ref.type !== 'surname' || ctx.seenPeople.has(ref.id) || this.gazetteer.actor(ref.id)?.famous === true;
	}

	private actorMention(tokens: Token[], from: number, to: number, id: string, extras: Parameters<typeof newMention>[3] = {}): Mention {
		return newMention(tokens[from]!.start, tokens[to - 1]!.end, { type: 'actor', id }, extras);
	}

	/** A learned or gazetteer name at token i, as a mention. */
	private named(tokens: Token[], i: number, at: (i: number) => Hit | undefined, ctx: ArticleContext) {
		const learned = this.learnedAt(tokens, i, ctx);
		const hit = at(i);
		if (learned && (!hit || learned.to >= hit.to)) {
			return { mentions: [this.actorMention(tokens, i, learned.to, learned.id)], next: learned.to };
		}
		if (!hit) return null;
		const ref = hit.ref;
		let resolved: MentionRef;
		let affiliation: string | undefined;
		if (ref.type === 'actor' || ref.type === 'surname') {
			resolved = { type: 'actor', id: ref.id };
			if (this.gazetteer.actor(ref.id)?.kind === 'person') affiliation = this.affiliationOf(ref.id, null, ctx);
		} else if (ref.type === 'title') {
			// "Menkominfo" alone: whoever held the post at the article date, else the body itself.
			const holder = this.holderOf(ref.org, ctx);
			resolved = { type: 'actor', id: holder ?? ref.org };
			if (holder) affiliation = ref.org;
		} else if (ref.type === 'country') resolved = { type: 'country', code: ref.code };
		else resolved = { type: 'place', name: ref.name, country: ref.country };
		// "Washington", "Beijing", "Kremlin" as a subject stand for the government (decided in flag()).
		const metonym = ref.type === 'place' && ref.metonym;
		return {
			mentions: [newMention(tokens[hit.from]!.start, tokens[hit.to - 1]!.end, resolved, { affiliation, metonym })],
			next: hit.to
		};
	}

	private learnedAt(tokens: Token[], i: number, ctx: ArticleContext): { to: number; id: string } | null {
		if (ctx.learned.size === 0 || !isCapitalised(tokens[i])) return null;
		let best: { to: number; id: string } | null = null;
		let name = '';
		for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
			name = name ? `${name} ${tokens[j]!.text}` : tokens[j]!.text;
			const id = ctx.learned.get(name);
			if (id) best = { to: j + 1, id };
		}
		return best;
	}

	/** Who held a body's top post on the article date, if the gazetteer knows. */
	private holderOf(org: string, ctx: ArticleContext): string | null {
		if (!ctx.referenceDay) return null;
		for (const actor of this.gazetteer.actors.values()) {
			if (actor.kind !== 'person') continue;
			if (actor.roles?.some((r) => r.org === org && inPeriod(ctx.referenceDay, r.from, r.to))) return actor.id;
		}
		return null;
	}

	/** The organisation a known person belongs to: the title's org, else their post at the date. */
	private affiliationOf(personId: string, titleOrg: string | null, ctx: ArticleContext): string | undefined {
		if (titleOrg) return titleOrg;
		const roles = (this.gazetteer.actor(personId)?.roles ?? []).filter((r) => r.org);
		const current = roles.find((r) => inPeriod(ctx.referenceDay, r.from, r.to));
		if (current || ctx.referenceDay) return current?.org ?? undefined;
		// No article date: the post still held, else the latest one.
		const latest = [...roles].sort((a, b) => (b.to ?? '9999').localeCompare(a.to ?? '9999') || (b.from ?? '').localeCompare(a.from ?? ''))[0];
		return latest?.org ?? undefined;
	}

	// ---------------------------------------------------------------- people by their posts

	private titleAt(tokens: Token[], i: number): number {
		return entryAt(TITLE_INDEX, tokens, i);
	}

	/**
	 * POST [unit words] [ORG] [,] NAME — "CEO BlackBerry John Chen", "Presiden AS, Donald Trump",
	 * "Plt Kepala Biro Humas Kementerian Kominfo Noor Iza", "CEO tampan itu" (the last CEO named).
	 */
	private person(
		tokens: Token[],
		i: number,
		at: (i: number) => Hit | undefined,
		ctx: ArticleContext,
		text: string,
		offset: number
	) {
		const hit = at(i);
		const titleLength = hit?.ref.type === 'title' ? hit.to - i : this.titleAt(tokens, i);
		if (titleLength === 0) return null;
		let org: string | null = hit?.ref.type === 'title' ? hit.ref.org : null;
		const titleWords = tokens.slice(i, i + titleLength).map((t) => t.text);
		let j = i + titleLength;
		const gap = (a: number, b: number) => text.slice(tokens[a]!.end - offset, tokens[b]!.start - offset);
		// Unit words ("Biro Humas") and the organisation of the post.
		let orgTokens: [number, number] | null = null;
		for (let k = 0; k < 6 && j < tokens.length; k++) {
			const h = at(j);
			if (h && h.ref.type !== 'surname' && !(h.ref.type === 'actor' && this.gazetteer.actor(h.ref.id)?.kind === 'person')) {
				if (h.ref.type === 'actor' || h.ref.type === 'title') org = h.ref.type === 'actor' ? h.ref.id : h.ref.org;
				else if (h.ref.type === 'country' && HEAD_TITLES.has(lower(tokens[i]))) org = this.gazetteer.governmentOf(h.ref.code).id;
				else if (h.ref.type === 'country') org ??= null;
				orgTokens = [j, h.to];
				j = h.to;
				break;
			}
			if (!isCapitalised(tokens[j]) || NOT_NAMES.has(tokens[j]!.text) || /[,.;:()]/.test(gap(j - 1, j))) break;
			// Capitalised words right after the post: unit words, an unknown org, or the name itself.
			if (this.titleAt(tokens, j)) break;
			// An organisation learned earlier in the article ("Direktur umum Basalt SPO, ..."), or one
			// whose legal form says it is a company ("Direktur Utama PT Maju Jaya Tbk, Budi Santoso").
			const learnedOrg = this.learnedAt(tokens, j, ctx);
			const learnedKind = learnedOrg ? this.contextActors.get(learnedOrg.id)?.kind : undefined;
			const company = learnedOrg && learnedKind && learnedKind !== 'person' ? learnedOrg : this.legalCompany(tokens, j, at, ctx, text, offset, false);
			if (company) {
				org = company.id;
				orgTokens = [j, company.to];
				j = company.to;
				break;
			}
			j++;
		}
		if (!orgTokens) j = i + titleLength;
		else if (j > orgTokens[1]) j = orgTokens[1];
		// "Vietnamese Prime Minister X", "Presiden AS X" told the English way round: the country before the post.
		if (!org && HEAD_TITLES.has(lower(tokens[i])) || (!org && /^(?:minister|menteri|ministers)$/.test(lower(tokens[i + titleLength - 1])))) {
			const before = this.countryEndingAt(tokens, i, at);
			if (before) org = this.gazetteer.governmentOf(before).id;
		}
		// Then the name, after an optional comma (commas are not tokens).
		const nameFrom = j;
		const nameHit = at(nameFrom);
		const demonstrative = this.demonstrativePerson(tokens, i + titleLength, titleWords, ctx, lower(tokens[i - 1]) === 'the');
		if (nameHit && (nameHit.ref.type === 'surname' || (nameHit.ref.type === 'actor' && this.gazetteer.actor(nameHit.ref.id)?.kind === 'person'))) {
			const id = nameHit.ref.id;
			const affiliation = this.affiliationOf(id, org, ctx);
			ctx.lastByTitle.set(titleWords.join(' ').toLowerCase(), id);
			return { mentions: [this.actorMention(tokens, i, nameHit.to, id, { affiliation })], next: nameHit.to };
		}
		const learned = this.learnedAt(tokens, nameFrom, ctx);
		if (learned && this.contextActors.get(learned.id)?.kind === 'person') {
			return { mentions: [this.actorMention(tokens, i, learned.to, learned.id, { affiliation: org ?? undefined })], next: learned.to };
		}
		// Unknown name: up to four capitalised words that are nothing else.
		const run = this.nameRun(tokens, nameFrom, at);
		if (run && run.to > run.from) {
			const fuzzy = run.to - run.from === 1 ? this.fuzzyPerson(tokens[run.from]!.text) : null;
			const name = joinTokens(tokens, run.from, run.to);
			const id = fuzzy ?? this.learnPerson(name, titleWords.join(' '), org, ctx).id;
			ctx.lastByTitle.set(titleWords.join(' ').toLowerCase(), id);
			return { mentions: [this.actorMention(tokens, i, run.to, id, { affiliation: org ?? undefined })], next: run.to };
		}
		if (demonstrative) {
			const affiliation = ctx.affiliations.get(demonstrative.id);
			return { mentions: [this.actorMention(tokens, i, demonstrative.to, demonstrative.id, { coreference: true, affiliation })], next: demonstrative.to };
		}
		if (orgTokens && org) {
			// "para pemimpin Rusia dan Cina": a list of countries after a head-of-state post is a list
			// of governments, read by government().
			const next = at(orgTokens[1] + 1);
			if (HEAD_TITLES.has(lower(tokens[i])) && LIST_JOINERS.has(lower(tokens[orgTokens[1]])) && next && this.countryOfHit(next)) return null;
			// "Juru bicara Line", "Presiden AS": the post's organisation takes part, no person named.
			return { mentions: [this.actorMention(tokens, orgTokens[0], orgTokens[1], org)], next: orgTokens[1] };
		}
		return null;
	}

	/** The country named just before token i ("Vietnamese" in "Vietnamese Prime Minister"). */
	private countryEndingAt(tokens: Token[], i: number, at: (i: number) => Hit | undefined): string | null {
		for (let j = Math.max(0, i - 3); j < i; j++) {
			const h = at(j);
			if (h?.ref.type === 'country' && h.to === i) return h.ref.code;
		}
		return null;
	}

	/** "CEO tampan itu", "the chief executive": the last person named with that post. */
	private demonstrativePerson(tokens: Token[], j: number, titleWords: string[], ctx: ArticleContext, afterThe: boolean) {
		const id = ctx.lastByTitle.get(titleWords.join(' ').toLowerCase());
		if (!id) return null;
		// English: "The minister met ..." (but "the minister of trade" may be another one).
		if (afterThe && !isCapitalised(tokens[j]) && !/^(?:of|for)$/.test(lower(tokens[j]))) return { to: j, id };
		for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
			if (isCapitalised(tokens[k])) return null;
			if (DEMONSTRATIVES.has(lower(tokens[k])) && lower(tokens[k]) !== 'the') return { to: k + 1, id };
		}
		return null;
	}

	/** Capitalised tokens that can be a name: not gazetteer names of other kinds, not stop words. */
	private nameRun(tokens: Token[], from: number, at: (i: number) => Hit | undefined): { from: number; to: number } | null {
		let to = from;
		while (to < tokens.length && to - from < 4) {
			const t = tokens[to]!;
			if (!isCapitalised(t) || NOT_NAMES.has(t.text) || /^\d/.test(t.text)) break;
			const h = at(to);
			if (h && h.ref.type !== 'surname') break;
			// Names are single-spaced words, or an initial and its full stop ("M. Fanshurullah Asa").
			if (to > from && tokens[to - 1]!.end !== t.start - 1 && !isInitialGap(tokens[to - 1]!, t, this.sentence)) break;
			to++;
		}
		return to > from ? { from, to } : null;
	}

	private capitalisedRun(tokens: Token[], from: number): { from: number; to: number } | null {
		let to = from;
		while (to < tokens.length && to - from < 6 && isCapitalised(tokens[to]) && (to === from || tokens[to - 1]!.end === tokens[to]!.start - 1)) to++;
		return to > from ? { from, to } : null;
	}

	/** "Menteri Rudiatara": a one-letter slip of a known person's name. */
	private fuzzyPerson(word: string): string | null {
		if (word.length < 7) return null;
		for (const actor of this.gazetteer.actors.values()) {
			if (actor.kind !== 'person') continue;
			for (const name of [actor.name, ...actor.aliases]) {
				if (!name.includes(' ') && name.length >= 7 && withinOneEdit(word, name)) return actor.id;
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- governments

	/**
	 * "Pemerintah Taiwan", "pemerintah Indonesia", "Pemerintah Trump", "the U.S. government",
	 * "para pemimpin Rusia dan Cina", and government bodies the gazetteer lacks
	 * ("Kementerian Perdagangan Vietnam").
	 */
	private government(tokens: Token[], i: number, at: (i: number) => Hit | undefined, ctx: ArticleContext) {
		const word = lower(tokens[i]);
		if (GOVERNMENT_WORDS.has(word) || HEAD_TITLES.has(word)) {
			// "Pemerintah Taiwan", "para pemimpin Rusia dan Cina", "Pemerintah Trump", "Government of X".
			const mentions: Mention[] = [];
			let j = lower(tokens[i + 1]) === 'of' ? i + 2 : i + 1;
			for (let hit = at(j); hit; hit = at(j)) {
				const code = this.countryOfHit(hit);
				if (!code) break;
				mentions.push(this.actorMention(tokens, mentions.length ? hit.from : i, hit.to, this.gazetteer.governmentOf(code).id));
				j = hit.to;
				if (!LIST_JOINERS.has(lower(tokens[j])) || !at(j + 1) || !this.countryOfHit(at(j + 1)!)) break;
				j++;
			}
			if (mentions.length) return { mentions, next: j };
			const bare = this.bareGovernment(tokens, i, ctx);
			if (bare) return bare;
		}
		const hit = at(i);
		// "Indonesia's communications ministry", "Vietnam's government": a body of that country.
		if (hit?.ref.type === 'country' && tokens[hit.to]?.text === `'s`) {
			const words: string[] = [];
			for (let j = hit.to + 1; j < Math.min(tokens.length, hit.to + 5); j++) {
				const w = lower(tokens[j]);
				if (!/^\p{Ll}/u.test(tokens[j]!.text) && !GOVERNMENT_NOUNS.has(w)) break;
				words.push(w);
				if (GOVERNMENT_NOUNS.has(w) || GOVERNMENT_WORDS.has(w) || w === 'watchdog') {
					const body = GOVERNMENT_WORDS.has(w) ? null : this.gazetteer.bodyOf(hit.ref.code, words, ctx.referenceDay);
					const id = body?.id ?? this.gazetteer.governmentOf(hit.ref.code).id;
					return { mentions: [this.actorMention(tokens, i, j + 1, id)], next: j + 1 };
				}
			}
		}
		// "the Chinese government", "U.S. authorities", "the Trump administration".
		if (hit && GOVERNMENT_WORDS.has(lower(tokens[hit.to]))) {
			const code = this.countryOfHit(hit);
			if (code) return { mentions: [this.actorMention(tokens, i, hit.to + 1, this.gazetteer.governmentOf(code).id)], next: hit.to + 1 };
		}
		// An unknown body: "Kementerian Perdagangan Vietnam", "Ministry of Commerce of China".
		if (GOVERNMENT_NOUNS.has(word) && isCapitalised(tokens[i]) && !hit) {
			for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
				const h = at(j);
				if (h?.ref.type === 'country') {
					const name = joinTokens(tokens, i, h.to);
					const actor = this.learnActor({ name, kind: 'government', country: h.ref.code }, ctx);
					return { mentions: [this.actorMention(tokens, i, h.to, actor.id)], next: h.to };
				}
				if (h || !(isCapitalised(tokens[j]) || ['of', 'dan', 'and', 'for'].includes(lower(tokens[j])))) break;
			}
		}
		return null;
	}

	/**
	 * A bare "pemerintah" or "the government" ("Pemerintah memblokir aplikasi Temu"): the
	 * government of the country whose government body was named last, and in an Indonesian
	 * text that has named none, Indonesia's. Local and foreign governments are not it.
	 */
	private bareGovernment(tokens: Token[], i: number, ctx: ArticleContext) {
		const word = lower(tokens[i]);
		const english = word === 'government' && lower(tokens[i - 1]) === 'the';
		if (word !== 'pemerintah' && !english) return null;
		const next = tokens[i + 1];
		if (next && (NOT_NATIONAL_GOVERNMENT.has(lower(next)) || (word === 'pemerintah' && isCapitalised(next)))) return null;
		if (english && NOT_NATIONAL_GOVERNMENT.has(lower(tokens[i - 1]))) return null;
		const country = ctx.lastGovernmentCountry ?? (ctx.lang === 'id' ? 'ID' : null);
		if (!country) return null;
		return { mentions: [this.actorMention(tokens, english ? i - 1 : i, i + 1, this.gazetteer.governmentOf(country).id, { coreference: true })], next: i + 1 };
	}

	/** The country a hit stands for as a government: a country, or a head of state by name. */
	private countryOfHit(hit: Hit): string | null {
		if (hit.ref.type === 'country') return hit.ref.code;
		if (hit.ref.type === 'actor' || hit.ref.type === 'surname') {
			const person = this.gazetteer.actor(hit.ref.id);
			if (person?.kind === 'person' && person.famous) return person.country;
		}
		return null;
	}

	// ---------------------------------------------------------------- companies the gazetteer lacks

	private unknownCompany(
		tokens: Token[],
		i: number,
		at: (i: number) => Hit | undefined,
		ctx: ArticleContext,
		text: string,
		offset: number
	) {
		const gap = (a: number) => text.slice(tokens[a]!.end - offset, (tokens[a + 1]?.start ?? offset + text.length) - offset);
		// "sistem operasi Aurora", "OS Aurora", "prosesor Elbrus": a product.
		const productNoun = entryAt(PRODUCT_INDEX, tokens, i);
		if (productNoun) {
			const j = i + productNoun;
			const run = at(j) ? null : this.nameRun(tokens, j, at);
			const name = run && run.to - run.from <= 2 ? joinTokens(tokens, run.from, run.to) : '';
			if (run && name.length >= 2) {
				const owner = this.makerAfter(tokens, run.to, at);
				const product = this.learnCompany(name, owner.country, 'product', ctx, owner.parent);
				return { mentions: [this.actorMention(tokens, run.from, run.to, product.id)], next: run.to };
			}
		}
		// "layanan pesan instan X", "perusahaan asal Jepang X", "startup X".
		// Capitalised only where a sentence (or the text after a dateline's dash) starts.
		const opening = () => i === 0 || /[-–—:"“(]\s*$/.test(text.slice(tokens[i - 1]!.end - offset, tokens[i]!.start - offset));
		if (COMPANY_NOUNS.has(lower(tokens[i])) && (!isCapitalised(tokens[i]) || (OPENING_COMPANY_NOUNS.has(lower(tokens[i])) && opening()))) {
			let country: string | null = null;
			let j = i + 1;
			for (let k = 0; k < 4 && j < tokens.length; k++) {
				const h = at(j);
				if (h?.ref.type === 'country') {
					country = h.ref.code;
					j = h.to;
					continue;
				}
				if (isCapitalised(tokens[j]) || /[,.;:]/.test(gap(j - 1))) break;
				// A capitalised opening describes only up to its name: "Perusahaan tersebut menunjuk
				// Budi Santoso", "Aplikasi ini dikembangkan oleh Andi" name no company.
				if (isCapitalised(tokens[i]) && (CLAUSE_WORDS.has(lower(tokens[j])) || /^(?:me|di|ber|ter)\p{Ll}/u.test(lower(tokens[j])))) return null;
				j++;
			}
			// "perusahaan asal Jepang, Kabuto, ...": the name set off by commas, after a country, and
			// not a post's holder ("Juru bicara perusahaan asal China, Li Wei, mengatakan").
			const postBefore = [1, 2, 3].some((d) => i - d >= 0 && this.titleAt(tokens, i - d) >= d);
			const set = j > i + 1 && country !== null && !postBefore && /^\s*,\s*$/.test(gap(j - 1));
			if (/[,.;:]/.test(gap(j - 1)) && j > i + 1 && !set) return null;
			const run = at(j) ? null : this.nameRun(tokens, j, at);
			if (run && set && (!/^\s*[,.;:]/.test(gap(run.to - 1)) || SPEECH_VERBS.has(lower(tokens[run.to])))) return null;
			if (run && run.to - run.from <= 3 && !PLURAL_DETERMINERS.has(lower(tokens[i - 1]))) {
				const name = joinTokens(tokens, run.from, run.to);
				const company = this.learnCompany(name, country, 'company', ctx);
				return { mentions: [this.actorMention(tokens, run.from, run.to, company.id)], next: run.to };
			}
		}
		// "PT Xyz Tbk", "Naver Corp", "Basalt SPO, pengembang ... Rusia".
		const company = this.legalCompany(tokens, i, at, ctx, text, offset, true);
		if (company) return { mentions: [this.actorMention(tokens, i, company.to, company.id)], next: company.to };
		return null;
	}

	/**
	 * A company the gazetteer lacks, told by its legal form ("PT Xyz Tbk", "Naver Corp") or, with
	 * `appositive`, by the description after it ("Basalt SPO, pengembang ... Rusia"); learned.
	 */
	private legalCompany(
		tokens: Token[],
		i: number,
		at: (i: number) => Hit | undefined,
		ctx: ArticleContext,
		text: string,
		offset: number,
		appositive: boolean
	): { to: number; id: string } | null {
		if (!isCapitalised(tokens[i]) || NOT_NAMES.has(tokens[i]!.text) || at(i)) return null;
		const gap = (a: number) => text.slice(tokens[a]!.end - offset, (tokens[a + 1]?.start ?? offset + text.length) - offset);
		const pt = tokens[i]!.text === 'PT';
		// "PT Terang Bulan Abadi": after PT every capitalised word belongs to the name, up to its
		// legal form ("PT Maju Jaya Tbk Budi Santoso" is the company and then a person).
		let run = pt ? this.capitalisedRun(tokens, i + 1) : this.nameRun(tokens, i, at);
		if (!run) return null;
		if (pt) {
			const suffix = tokens.slice(run.from, run.to).findIndex((t, k) => k > 0 && LEGAL_SUFFIXES.has(t.text));
			if (suffix > 0) run = { from: run.from, to: run.from + suffix };
		}
		let to = run.to;
		while (to < tokens.length && LEGAL_SUFFIXES.has(tokens[to]!.text) && to - run.from < 6) to++;
		const suffixed = to > run.to;
		const described = appositive && /^\s*,\s*$/.test(gap(run.to - 1)) && APPOSITIVE_COMPANY.has(lower(tokens[run.to]));
		if (!pt && !suffixed && !described) return null;
		const name = joinTokens(tokens, run.from, to);
		const country = pt ? 'ID' : described ? this.countryAhead(tokens, run.to, at) : null;
		return { to, id: this.learnCompany(name, country, 'company', ctx).id };
	}

	/** The country named in an appositive: "Basalt SPO, pengembang platform perangkat lunak Rusia". */
	private countryAhead(tokens: Token[], from: number, at: (i: number) => Hit | undefined): string | null {
		for (let j = from; j < Math.min(tokens.length, from + 8); j++) {
			const h = at(j);
			if (h?.ref.type === 'country') return h.ref.code;
			if (h) return null;
		}
		return null;
	}

	/** "yang dikembangkan oleh perusahaan Rusia", "made by Tencent": a product's owner or origin. */
	private makerAfter(tokens: Token[], from: number, at: (i: number) => Hit | undefined): { country: string | null; parent: string | null } {
		for (let j = from; j < Math.min(tokens.length, from + 8); j++) {
			if (!MAKER_VERBS.has(lower(tokens[j]))) continue;
			for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
				const h = at(k);
				if (h?.ref.type === 'country') return { country: h.ref.code, parent: null };
				if (h?.ref.type === 'actor') {
					const a = this.gazetteer.actor(h.ref.id);
					return { country: a?.country ?? null, parent: h.ref.id };
				}
			}
		}
		return { country: null, parent: null };
	}

	// ---------------------------------------------------------------- descriptions of a named company

	/**
	 * "perusahaan telekomunikasi Cina" (one company, of that country): the most named company of
	 * that country so far; "perusahaan tersebut", "the company": the last company named.
	 */
	private description(tokens: Token[], i: number, ctx: ArticleContext) {
		const w = lower(tokens[i]);
		if (!DESCRIPTION_HEADS.has(w)) return null;
		if (PLURAL_DETERMINERS.has(lower(tokens[i - 1])) || tokens[i]!.text.includes('-')) return null;
		// "dikembangkan oleh perusahaan Rusia": a company, not the one already named.
		if (NOT_AFTER_DESCRIPTION.has(lower(tokens[i - 1])) || MAKER_VERBS.has(lower(tokens[i - 1]))) return null;
		// English puts the article first: "The company said ...", "the firm's plans".
		// Only when the article has named one company: with two, the last is often the object.
		if (lower(tokens[i - 1]) === 'the' && (w === 'company' || w === 'firm') && ctx.lastCompany && !isCapitalised(tokens[i + 1]) && this.companiesNamed(ctx) === 1) {
			return { mentions: [this.actorMention(tokens, i - 1, i + 1, ctx.lastCompany, { coreference: true })], next: i + 1 };
		}
		for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
			const t = lower(tokens[j]);
			if (DEMONSTRATIVES.has(t) && t !== 'the' && ctx.lastCompany) {
				return { mentions: [this.actorMention(tokens, i, j + 1, ctx.lastCompany, { coreference: true })], next: j + 1 };
			}
			const hit = this.gazetteer.trie.longestAt(tokens, j, (v) => v.ref.type === 'country');
			if (hit) {
				const code = (hit.values[0]!.ref as { code: string }).code;
				// "Perusahaan China dan perusahaan teknologinya": several, not one.
				if (LIST_JOINERS.has(lower(tokens[hit.to]))) return null;
				const id = this.mostNamed(code, ctx);
				if (!id) return null;
				return { mentions: [this.actorMention(tokens, i, hit.to, id, { coreference: true })], next: hit.to };
			}
			if (isCapitalised(tokens[j])) return null;
		}
		return null;
	}

	private companiesNamed(ctx: ArticleContext): number {
		let n = 0;
		for (const id of ctx.salience.keys()) if ((this.gazetteer.actor(id) ?? this.contextActors.get(id))?.kind === 'company') n++;
		return n;
	}

	private mostNamed(country: string, ctx: ArticleContext): string | null {
		let best: string | null = null;
		let count = 1; // named at least twice before a description may stand for it
		for (const [id, n] of ctx.salience) {
			const actor = this.gazetteer.actor(id) ?? this.contextActors.get(id);
			if (actor?.country === country && actor.kind === 'company' && n > count) {
				best = id;
				count = n;
			}
		}
		return best;
	}

	// ---------------------------------------------------------------- roles of names in the sentence

	/** Marks names that say where, whose or what kind rather than who takes part. */
	private flag(tokens: Token[], mentions: Mention[], text: string, offset: number) {
		let previous: Mention | null = null;
		let k = 0;
		for (const m of mentions) {
			m.text = text.slice(m.start - offset, m.end - offset);
			// Mentions come in text order: the token index only moves forward.
			while (k < tokens.length && tokens[k]!.start < m.start) k++;
			const p1 = lower(tokens[k - 1]);
			const p2 = lower(tokens[k - 2]);
			const between = previous ? text.slice(previous.end - offset, m.start - offset) : null;
			// Items of one list are of one sort: in "asal China, Temu," and "Di Singapura, Grab ..." the
			// company after the country is not listed with it.
			const listed = between !== null && previous !== null && isPlace(previous) === isPlace(m) && /^\s*(?:,|,?\s*(?:dan|serta|and|or|atau|maupun))\s*$/i.test(between);
			if (listed && previous) {
				// Items of a list share their head's role: "di Singapura, Malaysia, dan India".
				for (const key of ['locative', 'market', 'attribute', 'modifier'] as const) if (previous[key]) m[key] = true;
			} else {
				if (ATTRIBUTE.has(p1) || (p1 === 'oleh' && ATTRIBUTE.has(p2)) || (p1 === 'di' && ATTRIBUTE.has(p2)) || (p1 === 'by' && ATTRIBUTE.has(p2))) m.attribute = true;
				// "an investigation into Grab's acquisition": into a company is not into a place.
				else if ((LOCATIVE.has(p1) && !(p1 === 'into' && m.ref.type === 'actor')) || (p1 === 'negara' && LOCATIVE.has(p2))) m.locative = true;
				if (p1 === 'pasar' || p1 === 'market' || p1 === 'markets' || (p1 === 'negara' && LOCATIVE.has(p2))) {
					m.market = true;
					m.locative = true;
				}
				// "perusahaan Malaysia" is a Malaysian company; "Sementara itu, Malaysia ..." is Malaysia.
				const joined = k > 0 && /^\s+$/.test(text.slice(tokens[k - 1]!.end - offset, m.start - offset));
				if (m.ref.type === 'country' && !m.locative && !m.attribute && joined && isCommonNoun(tokens[k - 1])) m.modifier = true;
				// English: "Chinese firms", "a Russian developer".
				if (m.ref.type === 'country' && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') && this.isAdjective(m.text)) m.modifier = true;
			}
			// "Kominfo Indonesia", "(Kominfo) Indonesia": the country of the name before it.
			if (m.ref.type === 'country' && previous?.ref.type === 'actor' && between !== null && /^[\s)]*$/.test(between)) m.attribute = true;
			// "Washington melarang ...": a capital named as a subject stands for its government.
			if (m.metonym && !m.locative && !m.attribute && m.ref.type === 'place') {
				m.ref = { type: 'actor', id: this.gazetteer.governmentOf(m.ref.country).id };
			}
			previous = m;
		}
	}

	private isAdjective(name: string): boolean {
		return /(?:ese|ian|ean|ish|an|i|ic)$/.test(name) && !/^[A-Z.]+$/.test(name);
	}

	// ---------------------------------------------------------------- memory of the article

	private remember(mentions: Mention[], ctx: ArticleContext) {
		for (const m of mentions) {
			if (m.ref.type !== 'actor') continue;
			const actor = this.gazetteer.actor(m.ref.id) ?? this.contextActors.get(m.ref.id);
			if (actor?.kind === 'person') {
				ctx.seenPeople.add(m.ref.id);
				if (m.affiliation) ctx.affiliations.set(m.ref.id, m.affiliation);
			}
			if (actor?.kind === 'company' || actor?.kind === 'product') {
				if (!m.attribute) ctx.salience.set(m.ref.id, (ctx.salience.get(m.ref.id) ?? 0) + 1);
				if (actor.kind === 'company' && !m.attribute) ctx.lastCompany = m.ref.id;
			}
			if (actor?.kind === 'government' && actor.country) ctx.lastGovernmentCountry = actor.country;
			if (m.affiliation) {
				const org = this.gazetteer.actor(m.affiliation) ?? this.contextActors.get(m.affiliation);
				if (org?.kind === 'company') ctx.salience.set(org.id, (ctx.salience.get(org.id) ?? 0) + 1);
				if (org?.kind === 'government' && org.country) ctx.lastGovernmentCountry = org.country;
			}
		}
	}

	private learnActor(actor: Omit<Actor, 'id' | 'aliases' | 'origin'> & { roles?: Actor['roles'] }, ctx: ArticleContext): Actor {
		let id = slugify(actor.name);
		const known = this.gazetteer.actor(id);
		if (known) id = `${id}-${actor.kind}`;
		const stored = this.contextActors.add({ id, aliases: [], origin: 'context', ...actor });
		ctx.learned.set(actor.name, stored.id);
		return stored;
	}

	private learnCompany(name: string, country: string | null, kind: 'company' | 'product', ctx: ArticleContext, parent: string | null = null): Actor {
		return this.learnActor({ name, kind, country, ...(parent ? { parent } : {}) }, ctx);
	}

	private learnPerson(name: string, title: string, org: string | null, ctx: ArticleContext): Actor {
		const orgActor: GazetteerActor | Actor | undefined = org ? (this.gazetteer.actor(org) ?? this.contextActors.get(org)) : undefined;
		const person = this.learnActor({ name, kind: 'person', country: orgActor?.country ?? null, roles: [{ title, org }] }, ctx);
		const parts = name.split(' ');
		if (parts.length > 1) ctx.learned.set(parts[parts.length - 1]!, person.id);
		return person;
	}
}

const FUNCTION_WORDS = new Set(['dengan', 'antara', 'oleh', 'bagi', 'untuk', 'terhadap', 'atas', 'with', 'between', 'by', 'for', 'against', 'on', 'of', 'the', 'a', 'yang', 'bahwa', 'jika', 'karena', 'sejak', 'juga', 'bahkan', 'sedang', 'telah', 'akan', 'itu', 'ini', 'tersebut', 'pun', 'lalu', 'kini', 'sementara']);

/** Indonesian nouns before a country ("perusahaan teknologi AS") vs verbs ("melarang China"). */
function isCommonNoun(token: Token | undefined): boolean {
	if (!token || !/^\p{Ll}/u.test(token.text)) return false;
	const w = token.text.toLowerCase();
	if (LOCATIVE.has(w) || LIST_JOINERS.has(w) || FUNCTION_WORDS.has(w)) return false;
	return !/^(?:me|ber|di|ter)/.test(w) || /^(?:digital|dunia|diri)$/.test(w);
}

function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return false;
	if (Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
	let i = 0;
	let j = 0;
	let edits = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			i++;
			j++;
			continue;
		}
		if (++edits > 1) return false;
		if (a.length > b.length) i++;
		else if (a.length < b.length) j++;
		else {
			i++;
			j++;
		}
	}
	return edits + (a.length - i) + (b.length - j) <= 1;
}
