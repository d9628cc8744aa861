/**
 * Articles in, event records out: boilerplate removal, sentences, names, dates, events per
 * article, then one record per real-world event across the corpus. Pure: the ingest script
 * does the reading and writing.
 */
import { createHash } from 'node:crypto';
import type { Actor, Article, ArticleMeta, Event } from '$lib/schema/events';
import { countryName, type Gazetteer, type GazetteerActor } from '$lib/gazetteer';
import { segmentArticle, type Segment } from './boilerplate';
import { ContextActorRegistry } from './contextActors';
import { findDateMentions, findPublicationDate, type DateMention, type ReferenceDate } from './dates';
import { extractArticleEvents, type SentenceFacts } from './events/article';
import type { EventDraft } from './events/draft';
import { assignIds, preferBodies, toEvent, type Labeller } from './events/finalize';
import { EventMerger } from './events/merge';
import { detectLanguage } from './language';
import { MentionFinder } from './mentions/find';
import { newArticleContext } from './mentions/types';
import { splitSentences, type Sentence } from './sentences';
import { tokenize } from '$lib/gazetteer/tokens';

export interface ArticleText {
	id: string;
	file: string;
	text: string;
	meta: ArticleMeta;
	contentHash: string;
}

export interface AnalysedArticle {
	article: Article;
	segments: Segment[];
	sentences: SentenceFacts[];
	drafts: EventDraft[];
	warnings: string[];
}

export function sha256(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

export class Extractor {
	readonly contextActors = new ContextActorRegistry();
	private finder: MentionFinder;

	constructor(readonly gazetteer: Gazetteer) {
		this.finder = new MentionFinder(gazetteer, this.contextActors);
	}

	actor(id: string): GazetteerActor | Actor | undefined {
		return this.gazetteer.actor(id) ?? this.contextActors.get(id);
	}

	readonly kindOf = (id: string) => this.actor(id)?.kind;
	readonly countryOf = (id: string) => this.actor(id)?.country;

	/** One article, on its own: its sentences, names, dates and event drafts. */
	analyse(input: ArticleText): AnalysedArticle {
		const warnings: string[] = [];
		const { segments } = segmentArticle(input.text, input.meta);
		const bodySpans = segments.filter((s) => s.kind === 'body');
		const lang = input.meta.language ?? detectLanguage(bodySpans.map((s) => input.text.slice(s.start, s.end)).join(' '));
		let reference: ReferenceDate | null = null;
		if (input.meta.published) reference = { date: input.meta.published, basis: 'published' };
		else {
			const dateline = findPublicationDate(input.text);
			if (dateline) reference = { date: dateline.date, basis: 'dateline' };
		}
		const sentences = splitSentences(input.text, bodySpans);
		const ctx = newArticleContext(lang, reference?.date ?? null);
		const tokens = sentences.map((s) => tokenize(s.text, s.start));
		const mentions = sentences.map((s, k) => this.finder.find(s.text, s.start, ctx, tokens[k]));
		// With an article date, a sentence's dates are read only when an event there needs them;
		// without one, every sentence is read first, to estimate it.
		let dates: (DateMention[] | null)[] = sentences.map((s) => (reference ? null : findDateMentions(s.text, { lang, reference })));
		if (!reference) {
			const resolved = this.resolveWeekdays(dates as DateMention[][], mentions.flat().map((m) => m.ref).concat());
			const latest = resolved
				.flat()
				.filter((d) => d.edtf && /^\d{4}-\d{2}-\d{2}$/.test(d.edtf) && (d.basis === 'explicit' || d.basis === 'weekday'))
				.map((d) => d.edtf!)
				.sort()
				.pop();
			if (latest) {
				// No publication date: the article is read as of the latest day it reports.
				reference = { date: latest, basis: 'estimated' };
				// Read again against it only the sentences whose phrases needed a reference.
				dates = resolved.map((list, k) => {
					if (!list.some((d) => d.basis === 'relative' || d.basis === 'none')) return list;
					const again = findDateMentions(sentences[k]!.text, { lang, reference });
					return again.map((d) => list.find((x) => x.start === d.start && x.basis !== 'relative' && x.basis !== 'none' && x.edtf) ?? d);
				});
			} else {
				dates = resolved;
				warnings.push(`${input.file}: no publication date and no date to estimate one; relative dates stay open`);
			}
		}
		const facts: SentenceFacts[] = sentences.map((sentence, k) => ({
			index: k,
			sentence,
			tokens: tokens[k]!,
			mentions: mentions[k]!,
			get dates() {
				return (dates[k] ??= findDateMentions(sentence.text, { lang, reference }));
			}
		}));
		const told = extractArticleEvents({
			id: input.id,
			lang,
			reference,
			sentences: facts,
			kindOf: this.kindOf,
			countryOf: this.countryOf,
			seatOf: (id) => this.gazetteer.actor(id)?.seat,
			governmentOf: (code) => this.gazetteer.governmentOf(code).id
		});
		// An event told several times in the article is one draft before it meets other articles.
		const local = new EventMerger({ kind: this.kindOf, country: this.countryOf });
		for (const d of told) local.add(d);
		const drafts = local.events;
		const article: Article = {
			id: input.id,
			file: input.file,
			...input.meta,
			language: lang,
			referenceDate: reference,
			contentHash: input.contentHash
		};
		return { article, segments, sentences: facts, drafts, warnings };
	}

	/**
	 * "Selasa (1/8)" with no article date: keep only the years in which every actor the article
	 * names existed or held the post it has (Rudiantara was minister 2014-2019, so 2017).
	 */
	private resolveWeekdays(dates: DateMention[][], refs: { type: string; id?: string }[]): DateMention[][] {
		const periods = [...new Set(refs.filter((r) => r.type === 'actor').map((r) => r.id!))]
			.map((id) => this.gazetteer.actor(id)?.periods ?? [])
			.filter((p) => p.length > 0);
		return dates.map((list) =>
			list.map((d) => {
				if (d.edtf || !d.candidates?.length) return d;
				const fits = d.candidates.filter((day) => periods.every((ps) => ps.some((p) => (!p.from || p.from <= day) && (!p.to || day <= p.to.padEnd(10, '-99')))));
				return fits.length === 1 ? { ...d, edtf: fits[0]!, basis: 'weekday' as const } : d;
			})
		);
	}

	readonly labeller: Labeller = {
		kind: this.kindOf,
		country: this.countryOf,
		countryLabel: (code, lang) => countryName(code, lang),
		label: (id, lang) => {
			const actor = this.actor(id);
			if (!actor) return id;
			if (id.startsWith('gov-') && actor.country) return countryName(actor.country, lang);
			return shortName(actor, lang);
		}
	};

	/** Merges the articles' drafts (each already one per event of its article) into events, names them, and lists the actors they use. */
	finish(analysed: Pick<AnalysedArticle, 'article' | 'drafts'>[]): { events: Event[]; actors: Actor[] } {
		const merger = new EventMerger({ kind: this.kindOf, country: this.countryOf });
		for (const a of analysed) for (const d of a.drafts) merger.add(d);
		const drafts = merger.events;
		for (const d of drafts) preferBodies(d, this.labeller);
		const ids = assignIds(drafts, this.labeller);
		const events = drafts.map((d, k) => toEvent(d, ids[k]!, this.labeller)).sort((a, b) => a.id.localeCompare(b.id));
		return { events, actors: this.actorsOf(events) };
	}

	/** Every actor an event names, with the organisations they belong to. */
	actorsOf(events: Event[]): Actor[] {
		const wanted = new Set<string>();
		const visit = (id: string | null | undefined) => {
			if (!id || wanted.has(id)) return;
			const actor = this.actor(id);
			if (!actor) return;
			wanted.add(id);
			visit(actor.parent);
			for (const role of actor.roles ?? []) visit(role.org);
		};
		for (const e of events) for (const a of e.actors) visit(a.id);
		return [...wanted].sort().map((id) => this.toActor(id));
	}

	private toActor(id: string): Actor {
		const a = this.actor(id)!;
		const fromGazetteer = this.gazetteer.actor(id) !== undefined;
		return {
			id,
			name: a.name,
			kind: a.kind,
			country: a.country,
			aliases: a.aliases,
			...(a.parent ? { parent: a.parent } : {}),
			...(a.roles?.length ? { roles: a.roles.map((r) => ({ title: r.title, org: r.org, ...(r.from ? { from: padDay(r.from) } : {}), ...(r.to ? { to: padDay(r.to, true) } : {}) })) } : {}),
			origin: fromGazetteer ? 'gazetteer' : 'context'
		};
	}
}

/**
 * The name news uses: "Kominfo" for the ministry, "Huawei" for Huawei Technologies, "White House"
 * for "White House (Executive Office of the President)".
 */
export function shortName(actor: { kind: string; name: string; nameId?: string; aliases: string[] }, lang: 'en' | 'id'): string {
	const name = (lang === 'id' && 'nameId' in actor && actor.nameId ? actor.nameId : actor.name).replace(/\s*\([^)]*\)\s*$/, '');
	if (actor.kind === 'government') {
		// Indonesian ministries: "Kominfo" and "Komdigi" as news says them, else the "Kemen-" form ("Kemendag").
		const rank = (a: string) => (/^Kem/.test(a) ? (/^Kemen/.test(a) ? 1 : 2) : 0);
		const acronym = actor.aliases
			.filter((a) => /^\p{Lu}[\p{L}\d]{2,11}$/u.test(a))
			.sort((a, b) => rank(a) - rank(b) || a.length - b.length || a.localeCompare(b))[0];
		return acronym && name.length > 25 ? acronym : name;
	}
	if (actor.kind === 'person') return name;
	const prefix = actor.aliases.filter((a) => a.length >= 2 && name.startsWith(`${a} `)).sort((a, b) => a.length - b.length)[0];
	return prefix ?? name;
}

function padDay(day: string, end = false): string {
	if (day.length === 10) return day;
	if (day.length === 7) return end ? `${day}-28` : `${day}-01`;
	return end ? `${day}-12-31` : `${day}-01-01`;
}

export type { Sentence };
