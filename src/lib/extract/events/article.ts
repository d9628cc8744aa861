/**
 * Events of one article: each sentence's triggers with their sides, status and date, then the
 * links between sentences that news writing relies on — "pemblokiran tersebut" (the block just
 * mentioned), "Mereka" (the subject before), "Sebut saja ..." (examples of the last event),
 * "Dalam kesempatan itu" (on the date just given), "Setelah X dan Y, ..." (the same, earlier).
 */
import type { ActorRole, DateBasis, EventStatus, EventType } from '$lib/schema/events';
import { clipToReference, findDurations, type DateMention, type ReferenceDate } from '../dates';
import { newMention, type Mention } from '../mentions/types';
import type { Sentence } from '../sentences';
import type { Token } from '$lib/gazetteer/tokens';
import { family, STATUS_RANK, type EventDraft } from './draft';
import { mergeDates } from './merge';
import { readModality } from './modality';
import { firstParty, listFrom, partiesAfterWord, readRoles, toParty, type Party, type Roles } from './roles';
import { findTriggers, type TriggerHit } from './triggers';

export interface SentenceFacts {
	/** Position of the sentence in the article. */
	index: number;
	sentence: Sentence;
	/** Word tokens, offsets in the raw text. */
	tokens: Token[];
	mentions: Mention[];
	/** Offsets relative to the sentence, like trigger offsets. */
	dates: DateMention[];
}

export interface ArticleInput {
	id: string;
	lang: 'id' | 'en';
	reference: ReferenceDate | null;
	sentences: SentenceFacts[];
	kindOf: (id: string) => string | undefined;
	countryOf: (id: string) => string | null | undefined;
	/** Where a government body sits, for visits to it. */
	seatOf: (id: string) => string | undefined;
	governmentOf: (country: string) => string;
}

const NEEDS_TARGET = new Set<EventType>(['ban', 'ban-lifted', 'investigation', 'accusation', 'advisory', 'fine', 'lawsuit', 'summons']);
const SYMMETRIC_TYPES = new Set<EventType>(['meeting', 'negotiation', 'agreement', 'cooperation']);

/** "pemblokiran tersebut", "penyelidikan ini": the event just told. */
const ANAPHOR_AFTER = /^[\s"“”]+(?:[\p{Ll}-]+\s+){0,2}?(?:tersebut|itu|ini)(?![\p{L}])/u;
/** "Dalam pertemuan tersebut, ...": a frame pointing at an event, not a new one. */
const FRAMING_BEFORE = /(?:^|\s)(?:dalam|pada|dari|lewat|melalui|selama|usai|seusai|setelah|sebelum|sesudah|di|in|at|during|after|from|following)\s+$/iu;
/** A sentence opening on the occasion just told: its events share that date. */
const FRAMING_START =
	/^(?:dalam|pada|di|dari|lewat|melalui|usai|seusai|setelah|selama|in|at|during|after|on)\s+(?:kesempatan|pertemuan|kunjungan|acara|sela|the meeting|the visit|that occasion|the talks)(?:\s+(?:itu|tersebut|ini|yang sama|pertemuan))?/iu;
const ENUMERATION = /^(?:sebut saja|antara lain|di antaranya|misalnya|contohnya|seperti|termasuk|among them|for example|for instance|including|such as)\b/iu;
const AFTER_LIST = /^(?:setelah|usai|seusai|sesudah|after|following)\s+([^,]{3,120}),/iu;
const PRONOUN_BEFORE = /(?:^|\s)(?:ia|dia|beliau|pihaknya|he|she|it)(?:\s+[\p{Ll}]+){0,3}\s*$/iu;
/** "Mereka": both sides of the last event. */
const PLURAL_PRONOUN_BEFORE = /(?:^|\s)(?:mereka|keduanya|kedua belah pihak|kedua pihak|they|both sides)(?:\s+[\p{Ll}]+){0,3}\s*$/iu;
const COORDINATED = /(?:^|\s)(?:dan|serta|lalu|kemudian|and|then)(?:\s+[\p{Ll}]+){0,3}\s*$/iu;
const WITH = /(?<![\p{L}])(?:dengan|with)(?![\p{L}])/iu;
const BETWEEN = /(?<![\p{L}])(?:antara|between)(?![\p{L}])/iu;
const AGENT = /(?<![\p{L}])(?:oleh|by)(?![\p{L}])/iu;
const FROM = /(?<![\p{L}])(?:dari|oleh|from|by)(?![\p{L}])/iu;
const TO = /(?<![\p{L}])(?:ke|kepada|to)(?![\p{L}])/iu;
/** Right before a place: "di Istana Merdeka", "at the palace". */
const AT = /(?:^|\s)(?:di|at|in)\s+(?:the\s+)?$/iu;

interface Side {
	actor: Party[];
	target: Party[];
}

interface State {
	drafts: EventDraft[];
	/** An event the last sentence left without its other side, for "Sebut saja ...". */
	pending: { draft: EventDraft; sentence: number } | null;
	lastSubject: Party[];
	/** Everyone on either side of the last event drafted ("Mereka" in the next sentence). */
	lastParties: Party[];
	governments: { id: string; sentence: number }[];
}

export function extractArticleEvents(input: ArticleInput): EventDraft[] {
	const state: State = { drafts: [], pending: null, lastSubject: [], lastParties: [], governments: [] };
	input.sentences.forEach((facts, index) => readSentence(input, state, facts, index));
	return state.drafts;
}

function readSentence(input: ArticleInput, state: State, facts: SentenceFacts, index: number) {
	const { sentence, mentions } = facts;
	const text = sentence.text;
	for (const m of mentions) {
		if (m.ref.type === 'actor' && input.kindOf(m.ref.id) === 'government') state.governments.push({ id: m.ref.id, sentence: index });
		if (m.affiliation && input.kindOf(m.affiliation) === 'government') state.governments.push({ id: m.affiliation, sentence: index });
	}
	const triggers = dropCompounds(findTriggers(text, facts.tokens, sentence.start));
	const created = triggers.length > 0 ? readTriggers(input, state, facts, index, triggers) : [];
	if (ENUMERATION.test(text)) completeFromExamples(input, state, facts, index);
	const afterList = AFTER_LIST.exec(text);
	if (afterList && created[0]) addEarlierVisitors(state, created[0], facts, sentence.start + afterList[0].length);

	const subjectBefore = sentence.start + (triggers[0]?.start ?? text.length);
	const subject = firstParty(mentions, (m) => m.start < subjectBefore);
	if (subject) state.lastSubject = [subject];
}

/** The events of a sentence's triggers, in order. */
function readTriggers(input: ArticleInput, state: State, facts: SentenceFacts, index: number, triggers: TriggerHit[]): EventDraft[] {
	const { sentence, mentions } = facts;
	const text = sentence.text;
	const contextDate = FRAMING_START.test(text) ? lastDated(state.drafts) : null;
	const roles: Roles[] = [];
	for (let k = 0; k < triggers.length; k++) roles.push(readRoles(text, sentence.start, triggers[k]!, triggers[k - 1], triggers[k + 1], mentions));
	// Subjects of later verbs are not objects of earlier ones ("..., Facebook yang akan membuka
	// kantor"); a later noun has no subject ("in talks with Tiki about a partnership"), and a name
	// before "and" or a comma is not the subject of the next clause ("met Apple executives on Nov 20
	// and the two sides agreed").
	const subjectOf = (p: Party, j: number) => !/,|\s(?:and|dan|serta)\s/i.test(text.slice(p.mention.end - sentence.start, triggers[j]!.start));
	for (let k = 0; k + 1 < roles.length; k++) {
		const later = new Set<Mention>();
		for (let j = k + 1; j < roles.length; j++) if (triggers[j]!.rule.voice !== 'nominal') for (const p of roles[j]!.before) if (subjectOf(p, j)) later.add(p.mention);
		roles[k]!.after = roles[k]!.after.filter((p) => !later.has(p.mention));
	}
	const created: EventDraft[] = [];
	const subjects = roles.map((r) => r.before);
	for (let k = 0; k < triggers.length; k++) {
		const draft = readTrigger(input, state, facts, index, triggers, k, roles[k]!, subjects, contextDate);
		if (draft) created.push(draft);
	}
	return created;
}

function readTrigger(
	input: ArticleInput,
	state: State,
	facts: SentenceFacts,
	index: number,
	triggers: TriggerHit[],
	k: number,
	roles: Roles,
	subjects: Party[][],
	contextDate: { date: string; basis: DateBasis } | null
): EventDraft | null {
	const trigger = triggers[k]!;
	const { rule } = trigger;
	const text = facts.sentence.text;
	const tail = text.slice(trigger.end);
	// "pemblokiran tersebut" points back at an event; "menyelidiki masalah ini" does not.
	const anaphoric = ANAPHOR_AFTER.test(tail) && (rule.voice === 'nominal' || rule.type === 'ban-lifted');
	if (anaphoric && FRAMING_BEFORE.test(text.slice(0, trigger.start))) return null;
	const lifted = rule.type === 'ban' && rule.voice === 'nominal' ? liftOf(text, trigger, triggers[k + 1]) : null;
	if (lifted) return readLift(input, state, facts, index, triggers, trigger, lifted, roles, contextDate);
	const modality = readModality(text, trigger.start, trigger.end);
	if (!modality.keep) return null;
	if (rule.guest && !guestFollows(text, facts.sentence.start, trigger, roles.after, input)) return null;
	const side = assignSides(text, facts.sentence.start, trigger, roles);
	let byPronoun = false;
	if (side.actor.length === 0 && rule.voice !== 'passive' && rule.voice !== 'host') {
		const before = text.slice(triggers[k - 1]?.end ?? 0, trigger.start);
		// "Durov ... melakukan pertemuan tertutup dan juga dijamu ...": the same subject.
		if (k > 0 && COORDINATED.test(before)) side.actor = subjects[k - 1] ?? [];
		else if (PLURAL_PRONOUN_BEFORE.test(before)) [side.actor, byPronoun] = [state.lastParties, true];
		else if (PRONOUN_BEFORE.test(before)) {
			// "Indonesia's ministry said on Friday it had lifted ...": the sentence's own subject first.
			const own = firstParty(facts.mentions, (m) => m.start < facts.sentence.start + trigger.start);
			[side.actor, byPronoun] = [own ? [own] : state.lastSubject, true];
		}
	}
	const named = side.actor.length + side.target.length;
	// "pemblokiran tersebut" points at the last block told however far back; a bare noun only nearby.
	const namedIds = new Set(facts.mentions.flatMap((m) => (m.ref.type === 'actor' ? [m.ref.id] : [])));
	const referent = anaphoric || named === 0 ? findReferent(state.drafts, rule.type, index, anaphoric ? Infinity : 2, namedIds) : null;
	if (referent && rule.type === 'ban-lifted' && referent.type === 'ban') {
		// "(Mereka) mencabut pemblokiran tersebut": lifting the block just told, between the same sides.
		if (side.actor.length === 0 || byPronoun) side.actor = sideOf(referent, 'actor');
		if (side.target.length === 0) side.target = sideOf(referent, 'target');
	} else if (referent && family(referent.type) === family(rule.type)) {
		attach(referent, input, facts, side, modality.explicit ? modality.status : null);
		return null;
	} else if (anaphoric) return null; // points back at nothing told: no new event from "ini"/"tersebut".
	fillHost(side, rule.type, roles, state.governments, index, input);
	const draft = makeDraft(input, facts, index, trigger, side, roles, modality.status, modality.reported);
	if (!draft) return null;
	dateDraft(draft, facts, triggers, trigger, input.reference, contextDate);
	if (isComplete(draft, input)) {
		state.drafts.push(draft);
		state.lastParties = [...side.actor, ...side.target];
		return draft;
	}
	// "Pertemuan digelar di kantor Kominfo, Kamis (16/1/2020).": an event noun naming too little
	// for an event of its own, right after one of its kind with those parties, tells more of it.
	const previous = rule.voice === 'nominal' ? findReferent(state.drafts, rule.type, index, 1, namedIds) : null;
	if (previous && family(previous.type) === family(rule.type) && [...draft.actors.keys()].every((id) => previous.actors.has(id))) {
		attach(previous, input, facts, side, modality.explicit ? modality.status : null);
		mergeDates(previous, draft);
		const source = previous.sources.find((x) => x.start === facts.sentence.start);
		if (source && previous.date === draft.date) source.dateText ??= draft.sources[0]!.dateText;
		return null;
	}
	if (NEEDS_TARGET.has(draft.type) && [...draft.actors.values()].includes('actor')) state.pending = { draft, sentence: index };
	return null;
}

/**
 * "Pemblokiran tersebut dicabut pada Juli 2020", "Larangan terhadap Huawei akhirnya dicabut",
 * "The ban on Line was lifted": a ban told as the subject of a lifting verb. Only a verb in the
 * noun's clause, before the next trigger, counts.
 */
const LIFTED_AFTER = /^([^.,;:"“”]{0,80}?\s)(dicabut|dibuka kembali|(?:was|were|has been|have been|had been|is|are) lifted)(?![\p{L}])/iu;

function liftOf(text: string, trigger: TriggerHit, next: TriggerHit | undefined): TriggerHit | null {
	const m = LIFTED_AFTER.exec(text.slice(trigger.end));
	if (!m) return null;
	const start = trigger.end + m[1]!.length;
	const end = start + m[2]!.length;
	if (next && next.start < end) return null;
	return { rule: { ...trigger.rule, type: 'ban-lifted', voice: 'passive', cameo: '081', weak: false }, start, end };
}

/**
 * The lifting of a ban told by its noun: what was banned is named between the noun and the verb
 * (or is the ban's, when the noun points back at one); the lifter follows "oleh"/"by", or is a
 * government named before the noun ("Kominfo mengatakan pemblokiran Telegram dicabut"), or the
 * ban's own doer. The verb's own words give the status: "akan dicabut" is planned, "bisa dicabut
 * jika ..." no event.
 */
function readLift(
	input: ArticleInput,
	state: State,
	facts: SentenceFacts,
	index: number,
	triggers: TriggerHit[],
	noun: TriggerHit,
	lift: TriggerHit,
	roles: Roles,
	contextDate: { date: string; basis: DateBasis } | null
): null {
	const text = facts.sentence.text;
	const modality = readModality(text, lift.start, lift.end);
	if (!modality.keep) return null;
	const start = facts.sentence.start;
	const between = roles.after.filter((p) => p.mention.end <= start + lift.start);
	const agent = partiesAfterWord(text, start, lift, roles.after, AGENT) ?? [];
	const speaker = roles.before.filter((p) => p.ids.some((id) => input.kindOf(id) === 'government'));
	const namedIds = new Set(facts.mentions.flatMap((m) => (m.ref.type === 'actor' ? [m.ref.id] : [])));
	// "pemblokiran tersebut" points at the last ban however far back, a bare "Pemblokiran
	// akhirnya dicabut" only at one nearby; "Pemblokiran Reddit dicabut" names its own, even when
	// the name is one the extractor does not know.
	const gap = text.slice(noun.end, lift.start);
	const anaphoric = ANAPHOR_AFTER.test(gap);
	const bare = /^\s*(?:(?:akhirnya|resmi|telah|sudah|kemudian|pun|juga|baru|itu|tersebut|ini|finally|officially|also|then)\s+)*$/iu.test(gap);
	const referent = between.length === 0 && (anaphoric || bare) ? findReferent(state.drafts, 'ban-lifted', index, anaphoric ? Infinity : 2, namedIds) : null;
	// "The ban on Line was lifted": the ban told before on the same target, for who lifted it.
	const banned = (d: EventDraft) => d.type === 'ban' && between.every((p) => p.ids.some((id) => d.actors.get(id) === 'target'));
	const ban = referent?.type === 'ban' ? referent : between.length ? (state.drafts.findLast(banned) ?? null) : null;
	const side: Side = {
		actor: agent.length ? agent : speaker.length ? speaker : ban ? sideOf(ban, 'actor') : [],
		target: between.length ? between : ban ? sideOf(ban, 'target') : []
	};
	const draft = makeDraft(input, facts, index, lift, side, roles, modality.status, modality.reported);
	if (!draft) return null;
	dateDraft(draft, facts, [...triggers, lift].sort((a, b) => a.start - b.start), lift, input.reference, contextDate);
	if (!isComplete(draft, input)) return null;
	if (ban) ban.lastMentioned = Math.max(ban.lastMentioned, index);
	state.drafts.push(draft);
	state.lastParties = [...side.actor, ...side.target];
	return null;
}

/**
 * An Indonesian passive may name its doer straight after the verb, without "oleh": "Telegram
 * diblokir Kominfo". Only a name right after a di- verb counts ("diblokir di Indonesia" is a place).
 */
function bareAgent(text: string, sentenceStart: number, trigger: TriggerHit, after: Party[]): Party[] {
	if (!/^di\p{Ll}/u.test(text.slice(trigger.start, trigger.end))) return [];
	const first = after[0];
	if (!first || !/^\s+$/.test(text.slice(trigger.end, first.mention.start - sentenceStart))) return [];
	return listFrom(text, sentenceStart, after, 0);
}

/** Words for a visiting party before an organisation's name: "menerima delegasi Apple". */
const DELEGATION = /^\s+(?:(?:para|sejumlah|jajaran|a|the)\s+)?(?:delegasi|rombongan|perwakilan|petinggi|pimpinan|eksekutif|bos|delegation|delegation from|representatives of|representatives from|executives of|executives from)\s+$/iu;

/**
 * A hosting verb's guest comes straight after it: a person ("menerima CEO Microsoft Satya
 * Nadella", "received Tim Cook") or a delegation of an organisation. Anything else between
 * ("menerima laporan dari Google", "welcomed the decision") makes it no meeting.
 */
function guestFollows(text: string, sentenceStart: number, trigger: TriggerHit, after: Party[], input: ArticleInput): boolean {
	const first = after[0];
	if (!first || first.mention.ref.type !== 'actor') return false;
	const gap = text.slice(trigger.end, first.mention.start - sentenceStart);
	if (input.kindOf(first.mention.ref.id) === 'person') return /^\s+(?:(?:the|a)\s+)?$/iu.test(gap);
	if (DELEGATION.test(gap)) return true;
	// English puts the organisation first: "received Apple CEO Tim Cook", "Microsoft executives".
	if (!/^\s+(?:the\s+)?$/iu.test(gap)) return false;
	const rest = text.slice(first.mention.end - sentenceStart);
	const second = after[1];
	const personNext = second?.mention.ref.type === 'actor' && input.kindOf(second.mention.ref.id) === 'person' && /^\s+$/.test(text.slice(first.mention.end - sentenceStart, second.mention.start - sentenceStart));
	return personNext || /^\s+(?:executives|officials|delegation|representatives|bosses|leaders)(?![\p{L}])/iu.test(rest);
}

/** "pembicaraan kerja sama": the second noun only says what the talks are about. */
function dropCompounds(triggers: TriggerHit[]): TriggerHit[] {
	return triggers.filter((t, k) => {
		const prev = triggers[k - 1];
		return !(prev && t.start - prev.end <= 1 && prev.rule.voice === 'nominal');
	});
}

function assignSides(text: string, sentenceStart: number, trigger: TriggerHit, roles: Roles): Side {
	const { rule } = trigger;
	const after = (words: RegExp) => partiesAfterWord(text, sentenceStart, trigger, roles.after, words);
	if (rule.voice === 'passive') return { actor: after(AGENT) ?? bareAgent(text, sentenceStart, trigger, roles.after), target: roles.before };
	if (rule.voice === 'host') {
		// The host receives its guests somewhere: "di Istana Merdeka" is where, not who came.
		const where = (p: Party) => p.mention.locative && AT.test(text.slice(0, p.mention.start - sentenceStart));
		return { actor: (after(FROM) ?? roles.after).filter((p) => !where(p)), target: roles.before };
	}
	if (rule.voice === 'nominal' && rule.cameo === '042') {
		// "kedatangan Durov": Durov visits; "kunjungan ke Kominfo": Kominfo is visited.
		const toward = after(TO) ?? [];
		const rest = roles.after.filter((p) => !toward.includes(p));
		const genitive = rest.find((p) => p.mention.start - (sentenceStart + trigger.end) <= 25);
		if (genitive) return { actor: [genitive], target: [...roles.before, ...rest.filter((p) => p !== genitive), ...toward] };
		return { actor: roles.before, target: toward };
	}
	if (rule.symmetric) {
		// "pertemuan antara X dan Y", "pertemuan para pemimpin Rusia dan Cina": both sides follow the noun.
		const between = after(BETWEEN);
		if (between && between.length >= 2) return { actor: [between[0]!], target: between.slice(1) };
		const others = after(WITH);
		if (others) return { actor: roles.before, target: others };
		if (rule.voice === 'nominal' && roles.after.length >= 2) return { actor: [roles.after[0]!], target: roles.after.slice(1) };
		return { actor: roles.before, target: roles.after };
	}
	// Expansion has no other side: where it goes are the markets.
	if (rule.type === 'expansion') return { actor: roles.before, target: [] };
	// "added Huawei to a trade blacklist": the one added is the target, the subject adds.
	if (rule.voice === 'nominal' && rule.wording === 'blacklist') {
		const clause = text.slice(0, trigger.start);
		const verb = /(?:^|\s)(?:added|adds|add|put|puts|placed|places|memasukkan|masukkan|menambahkan)\s/giu;
		let at = -1;
		for (let m = verb.exec(clause); m; m = verb.exec(clause)) at = sentenceStart + m.index;
		if (at >= 0) {
			return {
				actor: roles.allBefore.filter((p) => p.mention.end <= at).slice(-1),
				target: roles.allBefore.filter((p) => p.mention.start > at)
			};
		}
	}
	return { actor: roles.before, target: roles.after };
}

/** A meeting or summons told from one side only: the government of the story is the other. */
function fillHost(side: Side, type: EventType, roles: Roles, governments: State['governments'], index: number, input: ArticleInput) {
	if (type !== 'meeting' && type !== 'summons') return;
	if (side.target.length === 0 && type === 'meeting') {
		// "berkunjung ke Tanah Air": the country visited.
		const visited = roles.places.find((m) => m.ref.type === 'country');
		if (visited?.ref.type === 'country') {
			side.target = [{ mention: visited, ids: [input.governmentOf(visited.ref.code)], country: undefined }];
			return;
		}
	}
	const missing = side.actor.length === 0 ? 'actor' : side.target.length === 0 ? 'target' : null;
	if (!missing) return;
	const taken = new Set([...side.actor, ...side.target].flatMap((p) => p.ids));
	const host = [...governments].reverse().find((g) => g.sentence >= index - 2 && !taken.has(g.id));
	if (!host) return;
	const party: Party = { mention: newMention(-1, -1, { type: 'actor', id: host.id }), ids: [host.id], country: undefined };
	// A summons is made by the government; a visit is received by it.
	if (type === 'summons') side.actor = [party];
	else side[missing] = [party];
}

function makeDraft(
	input: ArticleInput,
	facts: SentenceFacts,
	index: number,
	trigger: TriggerHit,
	side: Side,
	roles: Roles,
	status: EventStatus,
	reported: boolean
): EventDraft | null {
	const { rule } = trigger;
	const symmetric = SYMMETRIC_TYPES.has(rule.type) && rule.cameo !== '042';
	const actors = new Map<string, ActorRole>();
	const affiliations = new Map<string, string>();
	const countries = new Set<string>();
	const put = (parties: Party[], role: ActorRole) => {
		for (const p of parties) {
			if (p.country) {
				if (rule.type === 'expansion') countries.add(p.country);
				else if (!actors.has(input.governmentOf(p.country))) actors.set(input.governmentOf(p.country), role);
				continue;
			}
			for (const id of p.ids) if (!actors.has(id)) actors.set(id, role);
			if (p.ids.length === 2) affiliations.set(p.ids[0]!, p.ids[1]!);
		}
	};
	put(side.actor, symmetric ? 'participant' : 'actor');
	put(side.target, symmetric ? 'participant' : 'target');
	if (rule.type === 'expansion' || rule.type === 'acquisition') for (const c of roles.markets) countries.add(c);
	if (actors.size === 0) return null;
	let confidence = rule.weak ? 0.45 : 0.7;
	if (roles.distantSubject) confidence -= 0.1;
	if (reported) confidence -= 0.1;
	if (facts.mentions.some((m) => m.coreference)) confidence -= 0.05;
	return {
		type: rule.type,
		cameo: rule.cameo ?? '040',
		wording: rule.wording,
		status,
		actors,
		affiliations,
		countries,
		...locate(rule.type, rule.cameo, roles, actors, input),
		date: null,
		dateBasis: 'none',
		duration: findDurations(facts.sentence.text, input.lang).find((d) => d.start >= trigger.start)?.iso ?? null,
		sources: [sourceOf(input.id, facts.sentence)],
		confidence: Math.max(0.05, Math.min(0.95, confidence)),
		sentence: index,
		lastMentioned: index
	};
}

/** Where it happened: a place named after the trigger, else the seat of the ministry visited or summoning. */
function locate(
	type: EventType,
	cameo: string | undefined,
	roles: Roles,
	actors: Map<string, ActorRole>,
	input: ArticleInput
): Pick<EventDraft, 'location' | 'locationFromText'> {
	const places = roles.places.filter((m) => m.ref.type === 'place');
	const first = places[0];
	if (first?.ref.type === 'place') {
		return { location: { country: first.ref.country, place: [...new Set(places.map((m) => m.text))].join(', ') }, locationFromText: true };
	}
	const country = roles.places.find((m) => m.ref.type === 'country' && !m.market);
	if (country?.ref.type === 'country' && type !== 'expansion') return { location: { country: country.ref.code, place: null }, locationFromText: true };
	const seatRole = type === 'summons' ? 'actor' : type === 'meeting' && cameo === '042' ? 'target' : null;
	const host = [...actors].find(([id, role]) => role === seatRole && input.kindOf(id) === 'government' && input.seatOf(id));
	return { location: host ? { country: input.countryOf(host[0]) ?? null, place: input.seatOf(host[0]) ?? null } : null, locationFromText: false };
}

function sourceOf(article: string, sentence: Sentence, dateText: string | null = null) {
	return { article, quote: sentence.text, start: sentence.start, end: sentence.end, dateText };
}

/**
 * The date phrase that belongs to a trigger: one with no other trigger between them, or one
 * fronted before the first trigger ("Selasa (1/8), Durov mendatangi ..."), which governs them all.
 */
function dateDraft(
	draft: EventDraft,
	facts: SentenceFacts,
	triggers: TriggerHit[],
	trigger: TriggerHit,
	reference: ReferenceDate | null,
	contextDate: { date: string; basis: DateBasis } | null
) {
	const first = triggers[0]!;
	const usable = facts.dates.filter((d) => {
		if (d.end <= first.start && /,/.test(facts.sentence.text.slice(d.end, first.start))) return true;
		const [lo, hi] = d.end <= trigger.start ? [d.end, trigger.start] : [trigger.end, d.start];
		return !triggers.some((t) => t !== trigger && t.start >= lo && t.end <= hi);
	});
	const nearest = usable.sort((a, b) => distance(a, trigger) - distance(b, trigger))[0];
	const estimated = reference?.basis === 'estimated';
	if (nearest && (nearest.edtf || nearest.basis === 'none')) {
		let edtf = nearest.edtf;
		if (edtf && reference && nearest.relation === 'present' && nearest.kind === 'range') {
			edtf = clipToReference(edtf, reference.date, draft.status === 'planned' ? 'future' : 'past');
		}
		draft.date = edtf;
		draft.dateBasis = !edtf || nearest.basis === 'none' ? 'none' : nearest.basis === 'relative' && estimated ? 'relative-estimated' : nearest.basis;
		draft.sources[0]!.dateText = nearest.text;
		if (edtf) draft.confidence = Math.min(0.95, draft.confidence + (nearest.basis === 'explicit' ? 0.1 : 0.05));
		return;
	}
	if (contextDate) {
		draft.date = contextDate.date;
		draft.dateBasis = 'context';
		return;
	}
	if (reference) {
		// No date in the text: it happened before the article, or is planned after it.
		draft.date = draft.status === 'planned' ? `${reference.date}/..` : `../${reference.date}`;
		draft.dateBasis = estimated ? 'relative-estimated' : 'relative';
	}
}

function distance(d: DateMention, t: TriggerHit): number {
	return d.end <= t.start ? t.start - d.end : d.start - t.end;
}

const DATED: DateBasis[] = ['explicit', 'explicit-partial', 'weekday', 'relative', 'relative-estimated', 'context'];

function lastDated(drafts: EventDraft[]): { date: string; basis: DateBasis } | null {
	for (let k = drafts.length - 1; k >= 0; k--) {
		const d = drafts[k]!;
		if (d.date && !d.date.includes('..') && DATED.includes(d.dateBasis)) return { date: d.date, basis: d.dateBasis };
	}
	return null;
}

/**
 * The event an anaphor or a bare noun points back at: the latest of its kind, and before that one
 * with an actor the sentence names ("Pihak Temu ... pemblokiran tersebut" is Temu's block, even
 * when another block was told since).
 */
function findReferent(drafts: EventDraft[], type: EventType, index: number, within: number, named: Set<string>): EventDraft | null {
	const matches = (d: EventDraft) => family(d.type) === family(type) || (type === 'ban-lifted' && d.type === 'ban');
	const recent = drafts.filter((d) => matches(d) && index - d.lastMentioned <= within);
	const involves = (d: EventDraft) => ([...d.actors.keys()].some((id) => named.has(id)) ? 1 : 0);
	return recent.sort((a, b) => involves(b) - involves(a) || b.lastMentioned - a.lastMentioned || drafts.indexOf(b) - drafts.indexOf(a))[0] ?? null;
}

/**
 * Another sentence about an event already drafted: it becomes a source; what it adds on status
 * ("pemblokiran tersebut dilakukan") and duration is kept, and so is a government body of the
 * same country taking the doer's part.
 */
function attach(referent: EventDraft, input: ArticleInput, facts: SentenceFacts, side: Side, status: EventStatus | null) {
	const { sentence } = facts;
	referent.lastMentioned = Math.max(referent.lastMentioned, facts.index);
	if (!referent.sources.some((s) => s.start === sentence.start)) referent.sources.push(sourceOf(input.id, sentence));
	if (status && STATUS_RANK[status] > STATUS_RANK[referent.status]) referent.status = status;
	referent.duration ??= findDurations(sentence.text, input.lang)[0]?.iso ?? null;
	const doers = [...referent.actors].filter(([, r]) => r === 'actor').map(([id]) => input.countryOf(id));
	for (const party of side.actor) {
		for (const id of party.ids) {
			if (input.kindOf(id) === 'government' && doers.includes(input.countryOf(id)) && !referent.actors.has(id)) referent.actors.set(id, 'actor');
		}
	}
}

function sideOf(draft: EventDraft, role: ActorRole): Party[] {
	return [...draft.actors]
		.filter(([, r]) => r === role || r === 'participant')
		.map(([id]) => ({ mention: newMention(-1, -1, { type: 'actor', id }), ids: [id], country: undefined }));
}

/** Does the event have the sides its type needs? */
function isComplete(draft: EventDraft, input: ArticleInput): boolean {
	const roles = [...draft.actors.values()];
	if (NEEDS_TARGET.has(draft.type)) return roles.includes('target');
	const orgs = [...draft.actors.keys()].filter((id) => input.kindOf(id) !== 'person');
	if (draft.type === 'expansion' || draft.type === 'acquisition') return orgs.length >= 1 && (draft.countries.size > 0 || roles.includes('target'));
	// Meetings, talks, agreements, cooperation: two different sides, not a company and its own product.
	const sides = new Set([...draft.actors.keys()].map((id) => draft.affiliations.get(id) ?? id));
	if (sides.size < 2 || roles.every((r) => r === 'actor') || roles.every((r) => r === 'target')) return false;
	return true;
}

/** "Sebut saja X, Y, serta Z": the examples complete the event the last sentence left open. */
function completeFromExamples(input: ArticleInput, state: State, facts: SentenceFacts, index: number) {
	const pending = state.pending;
	state.pending = null;
	if (!pending || pending.sentence !== index - 1) return;
	const umbrella = pending.draft;
	const { sentence, mentions } = facts;
	const re = /[^,]+/g;
	for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
		for (const part of m[0].split(/\s(?=serta\s)/)) {
			// An example told as a different kind of meeting ("kehadiran CEO Telegram") is not this one.
			const own = findTriggers(part).some((t) => t.rule.type !== umbrella.type && family(t.rule.type) === family(umbrella.type));
			if (own) continue;
			const start = sentence.start + m.index + m[0].indexOf(part);
			const end = start + part.length;
			for (const x of mentions) {
				const party = x.start >= start && x.end <= end ? toParty(x) : null;
				for (const id of party?.ids ?? []) if (!umbrella.actors.has(id) && input.kindOf(id) !== 'person') umbrella.actors.set(id, 'target');
			}
		}
	}
	if (isComplete(umbrella, input)) {
		umbrella.sources.push(sourceOf(input.id, sentence));
		state.drafts.push(umbrella);
	}
}

/** "Setelah Bos Telegram dan perwakilan Google, Rudiantara hari ini mendapat kunjungan dari ...": they came earlier. */
function addEarlierVisitors(state: State, main: EventDraft, facts: SentenceFacts, listEnd: number) {
	const parties = facts.mentions.filter((m) => m.end <= listEnd).map(toParty).filter((p): p is Party => p !== null);
	for (const party of parties) {
		if (party.ids.some((id) => main.actors.has(id))) continue;
		const actors = new Map<string, ActorRole>();
		const role: ActorRole = [...main.actors.values()].includes('actor') ? 'actor' : 'participant';
		for (const id of party.ids) actors.set(id, role);
		for (const [id, r] of main.actors) if (r !== 'actor') actors.set(id, r);
		const end = main.date?.split('/').pop();
		const date = end && end !== '..' ? `../${end}` : null;
		// Placed before the main event, so "Kedua petinggi tersebut ..." still points at the main one.
		state.drafts.splice(state.drafts.indexOf(main), 0, {
			...main,
			actors,
			affiliations: new Map(),
			countries: new Set(main.countries),
			date,
			dateBasis: date ? 'context' : 'none',
			sources: [sourceOf(main.sources[0]!.article, facts.sentence)],
			confidence: Math.max(0.05, main.confidence - 0.15)
		});
	}
}
