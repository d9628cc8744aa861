/**
 * Who does what to whom around one trigger. Indonesian and English news put the doer before
 * an active verb and the other side after it; a passive (di-) verb turns that round with the
 * doer after "oleh"/"by"; an event noun takes its doer from the light verb's subject
 * ("Huawei melakukan perundingan dengan ...") and its other side after "dengan", "terhadap",
 * "antara". Lists ("Line, Google, dan Twitter") are read as one side.
 */
import type { Mention } from '../mentions/types';
import type { TriggerHit } from './triggers';

/** One side's member: an actor (with the organisation of a named person) or a country. */
export interface Party {
	mention: Mention;
	/** Actor ids: the person and their organisation, or a company, or a government. */
	ids: string[];
	/** A country taking part as such (a market, a government named by its country). */
	country: string | undefined;
}

export interface Roles {
	before: Party[];
	/** Every party in the trigger's clause before it, in text order. */
	allBefore: Party[];
	after: Party[];
	/** Places and countries after di/ke/in: where it happened or which market. */
	places: Mention[];
	markets: string[];
	/** True when the subject was found only beyond the trigger's own clause. */
	distantSubject: boolean;
}

/** Words that end the stretch after a trigger: a new clause starts. */
const STOP_AFTER =
	/\s(?:karena|lantaran|sehingga|namun|tetapi|tapi|sementara itu|sedangkan|setelah|sebelum|ketika|meski|meskipun|bahwa|agar|supaya|padahal|lalu|sebagai bagian dari|because|but|while|after|before|although|when|since|so that|as part of|unless|for\s+\p{Ll}+ing)\s|[;:]|\s[-–—]\s|,["”]?\s*(?:kata|ujar|ucap|tutur|jelas|tegas|ungkap|imbuh)\b|,["”]?\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){1,5}(?:said|says|told|added)\b|,["”]?\s*(?:said|says|according to)\b/iu;
/** Words that end the stretch before a trigger. */
const STOP_BEFORE =
	/(?:^|\s)(?:karena|lantaran|sehingga|namun|tetapi|tapi|sementara itu|sedangkan|setelah|sebelum|ketika|meski|meskipun|bahwa|jika|agar|supaya|padahal|because|but|while|after|before|although|when|that)\s|[;:“”"]/giu;

const LIST_GAP = /^\s*(?:,|,?\s*(?:dan|serta|and|or|atau|maupun|&))\s*$/iu;
/** Clause links after which Indonesian and English leave the subject unsaid. */
const ELLIPSIS = new Set(['karena', 'lantaran', 'sehingga', 'because', 'so']);
const LIST_END = /^\s*,?\s*(?:dan|serta|and|or|atau|maupun|&)\s*$/iu;

/**
 * A name right after a verb is its object ("menggunakan sistem operasi Android"), never the
 * subject of a later verb in the clause.
 */
const OBJECT_OF_VERB =
	/(?:^|\s)(?:(?:mem|men|meng|meny|me)(?!nteri|dia|tode|sin|rek|ja|mang|rupakan)\p{Ll}{3,}|using|uses|used|with|dengan)(?:\s+(?!(?:jika|bahwa|kalau|bila|agar|supaya|karena|lantaran|untuk|sehingga|that|if|when|because)\b)\p{Ll}+){0,2}\s*$/u;

/** "Basalt SPO, ..., yang memproduksi sistem operasi Alt": a name inside a relative clause describes. */
const RELATIVE_CLAUSE = /(?:^|\s)(?:yang|which|who|that)\s/iu;

export function toParty(m: Mention): Party | null {
	if (m.attribute || m.modifier) return null;
	if (m.ref.type === 'actor') return { mention: m, ids: m.affiliation && m.affiliation !== m.ref.id ? [m.ref.id, m.affiliation] : [m.ref.id], country: undefined };
	if (m.ref.type === 'country' && !m.locative && !m.market) return { mention: m, ids: [], country: m.ref.code };
	return null;
}

/** The parties among mentions, in order (the loops here run for every trigger of every article). */
export function partiesOf(mentions: Mention[]): Party[] {
	const parties: Party[] = [];
	for (const m of mentions) {
		const p = toParty(m);
		if (p) parties.push(p);
	}
	return parties;
}

/** The first mention that `keep` accepts and that names a party, as a party. */
export function firstParty(mentions: Mention[], keep: (m: Mention) => boolean): Party | null {
	for (const m of mentions) {
		if (!keep(m)) continue;
		const p = toParty(m);
		if (p) return p;
	}
	return null;
}

function lastStop(re: RegExp, text: string): number {
	let cut = 0;
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) cut = m.index + m[0].length;
	return cut;
}

/**
 * Sides around a trigger. Offsets: `sentenceStart` is where the sentence begins in the raw text;
 * trigger offsets are relative to the sentence; mention offsets are absolute.
 */
export function readRoles(
	sentence: string,
	sentenceStart: number,
	trigger: TriggerHit,
	previous: TriggerHit | undefined,
	next: TriggerHit | undefined,
	mentions: Mention[]
): Roles {
	const absStart = sentenceStart + trigger.start;
	const absEnd = sentenceStart + trigger.end;
	// Before: back to a clause break or the previous trigger.
	const head = sentence.slice(previous ? previous.end : 0, trigger.start);
	const clauseFrom = sentenceStart + (previous ? previous.end : 0) + lastStop(STOP_BEFORE, head);
	// After: up to a clause break or the next trigger.
	const tailEnd = next ? next.start : sentence.length;
	const tail = sentence.slice(trigger.end, tailEnd);
	const stop = STOP_AFTER.exec(tail);
	const afterTo = sentenceStart + trigger.end + (stop ? stop.index : tail.length);

	const inBefore: Mention[] = [];
	const inAfter: Mention[] = [];
	for (const m of mentions) {
		if (m.start >= clauseFrom && m.end <= absStart) inBefore.push(m);
		if (m.start >= absEnd && m.end <= afterTo) inAfter.push(m);
	}
	const allBefore = partiesOf(inBefore);
	let before = nearestList(inBefore, sentence, sentenceStart);
	let distantSubject = false;
	const cutWord = /([\p{L}]+)\s*$/u.exec(sentence.slice(0, clauseFrom - sentenceStart))?.[1]?.toLowerCase();
	if (before.length === 0 && cutWord && ELLIPSIS.has(cutWord)) {
		// "X menyita perhatian karena rutin melakukan pemanggilan": the subject is the sentence's own.
		const subject = firstParty(mentions, (m) => m.end <= clauseFrom);
		if (subject) before = [subject];
		distantSubject = before.length > 0;
	}
	// The other side: names after the trigger, less those a relative clause brings in after the
	// first ("Basalt SPO, yang memproduksi sistem operasi Alt": Alt only describes Basalt SPO).
	const otherSide: Mention[] = [];
	for (let k = 0; k < inAfter.length; k++) {
		const m = inAfter[k]!;
		if (k === 0 || !RELATIVE_CLAUSE.test(sentence.slice(inAfter[k - 1]!.end - sentenceStart, m.start - sentenceStart))) otherSide.push(m);
	}
	const after = partiesOf(otherSide);
	const places: Mention[] = [];
	const markets = new Set<string>();
	for (const m of inAfter) {
		if (m.ref.type === 'place' || (m.ref.type === 'country' && m.locative)) places.push(m);
		if (m.ref.type === 'country' && (m.market || m.locative)) markets.add(m.ref.code);
		// "membuka kantor di Jakarta": a city stands for its country's market.
		else if (m.ref.type === 'place' && m.locative && m.ref.country) markets.add(m.ref.country);
	}
	for (const m of inBefore) if (m.market && m.ref.type === 'country') markets.add(m.ref.code);
	return { before, allBefore, after, places, markets: [...markets], distantSubject };
}

/** The party nearest before the trigger, with the list it ends ("Line, Google, dan Twitter"). */
function nearestList(candidates: Mention[], sentence: string, sentenceStart: number): Party[] {
	const usable = candidates.filter((m) => toParty(m) !== null && !OBJECT_OF_VERB.test(sentence.slice(0, m.start - sentenceStart)));
	if (usable.length === 0) return [];
	const list: Party[] = [toParty(usable[usable.length - 1]!)!];
	// A list ends in "dan"/"serta" ("Line, Google, dan Twitter"); a bare comma before the last
	// name is an apposition or another clause ("... Pavel Durov, Facebook yang akan ...").
	const lastGap = usable.length > 1 ? sentence.slice(usable[usable.length - 2]!.end - sentenceStart, usable[usable.length - 1]!.start - sentenceStart) : '';
	if (!LIST_END.test(lastGap)) return list;
	for (let k = usable.length - 2; k >= 0; k--) {
		const gap = sentence.slice(usable[k]!.end - sentenceStart, usable[k + 1]!.start - sentenceStart);
		if (!LIST_GAP.test(gap)) break;
		list.unshift(toParty(usable[k]!)!);
	}
	return list;
}

/**
 * The list a party starts ("digugat Gojek dan Tokopedia", "Shopee, Lazada, dan Tokopedia"): the
 * names after it joined by commas, ending at the one after "dan"/"and". Names joined only by
 * commas may be an apposition, so without that last link the party stands alone.
 */
export function listFrom(sentence: string, sentenceStart: number, parties: Party[], from: number): Party[] {
	const first = parties[from];
	if (!first) return [];
	const list = [first];
	for (let k = from + 1; k < parties.length; k++) {
		const gap = sentence.slice(parties[k - 1]!.mention.end - sentenceStart, parties[k]!.mention.start - sentenceStart);
		if (!LIST_GAP.test(gap)) break;
		list.push(parties[k]!);
		if (LIST_END.test(gap)) return list;
	}
	return [first];
}

/** After "dengan"/"with"/"antara"/"oleh"/"by"/"dari"/"from" within the stretch after a trigger. */
export function partiesAfterWord(
	sentence: string,
	sentenceStart: number,
	trigger: TriggerHit,
	parties: Party[],
	words: RegExp
): Party[] | null {
	const tail = sentence.slice(trigger.end);
	const m = words.exec(tail);
	if (!m) return null;
	const from = sentenceStart + trigger.end + m.index;
	return parties.filter((p) => p.mention.start >= from);
}
