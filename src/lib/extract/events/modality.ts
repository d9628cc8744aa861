/**
 * What the words around a trigger say about it: did it happen, is it going on, is it only
 * planned, or is it denied, hypothetical or a habit (then it is no event at all).
 */
import type { EventStatus } from '$lib/schema/events';
import { isSpace } from '../chars';

export type Modality =
	| { keep: true; status: EventStatus; reported: boolean; explicit: boolean }
	| { keep: false; why: 'negated' | 'hypothetical' | 'habitual' };

/** Phrases separated by "|" (a phrase may have several words). */
const phrases = (text: string) => text.split('|').map((p) => p.trim()).filter(Boolean);
const phraseRe = (list: string[], flags = 'iu') =>
	new RegExp(`(?<![\\p{L}'])(?:${list.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, flags);

/** Right before the trigger (a few words, same clause): it did not / will not happen. */
const NEGATION = phraseRe(
	phrases(`belum|tidak|tak|bukan|tanpa|batal|urung|jangan|enggan|menolak|membantah|nggak|gak|ogah|never|didn't|did not|hasn't|has not|haven't|have not|won't|will not|does not|doesn't|denied|denies|refused to|refuses to|declined to|declines to|without|not|no`)
);
/** Shortly before, in the clause: only a possibility or a question ("apakah bisa sampai ke pelarangan"). */
const HYPOTHETICAL = phraseRe(
	phrases(`apakah|jika|bila|kalau|seandainya|andai|kemungkinan|berpotensi|mungkin|whether|if|could|might|possible|possibly|potential|potentially`)
);
/** Right before the trigger: "bisa diblokir", "dapat dilarang", "can be banned". */
const CAN = phraseRe(phrases('bisa|dapat|bisa saja|can|can be|could be'));
/** A sentence that opens on a condition is about what would happen ("Jika ..., Telegram bisa diblokir"). */
const CONDITIONAL_OPENING = /^\s*["“]?(?:jika|bila|apabila|kalau|seandainya|andaikan|if|unless|should)\b/iu;
/** "may" is also the month: only the lower-case verb counts. */
const MAY = /(?<![\p{L}])may(?![\p{L}])/u;
/** A habit, not one event: "sering dituduh". */
const HABITUAL = phraseRe(phrases('sering|kerap|acap|seringkali|kerapkali|biasanya|often|frequently|repeatedly|regularly'));
/** It is to come. */
const PLANNED = phraseRe(
	phrases(`akan|bakal|hendak|berencana|merencanakan|rencana|rencananya|berniat|ingin|berjanji|janji|mengincar|menargetkan|siap|
direncanakan|dijadwalkan|mengancam|terancam|untuk|will|plans|plan|planned|intends|intend|aims|seeks|expected|scheduled|promised|
pledged|vowed|threatened|threatens|offered|offers|proposed|proposes|menawarkan|mengusulkan|plans to|wants to|going to|is set to|are set to|is to|are to`)
);
/** It is going on. */
const ONGOING_BEFORE = phraseRe(phrases('sedang|tengah|masih|terus|is|are|ongoing|continues|continuing'));
const ONGOING_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:sedang|masih|telah|tengah)?\s*berlangsung|^\s*(?:is|are)\s+(?:ongoing|continuing|under\s*way)/iu;
/** It did happen: "telah memblokir", "pemblokiran tersebut dilakukan". */
const PERFECTIVE_BEFORE = phraseRe(phrases('telah|sudah|sempat|pernah|resmi|akhirnya|has|have|had|did|officially'));
const PERFECTIVE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:dilakukan|diberlakukan|dilaksanakan|terjadi|berlaku|took place|went into effect|was carried out)(?![\p{L}])/iu;
const REPORTED = phraseRe(phrases('dilaporkan|kabarnya|disebut-sebut|dikabarkan|reportedly|reported|allegedly|rumored|rumoured'));

/** Verbs of saying: after them "jika"/"kalau" means "that", not "if" ("membenarkan jika BlackBerry akan ..."). */
const SAYING =
	'mengatakan|menyatakan|membenarkan|menjelaskan|mengaku|mengakui|menyebut|menyebutkan|menuturkan|mengungkapkan|menegaskan|memastikan|mengklaim|menyampaikan|menilai|mengetahui|melaporkan|menambahkan|berharap|mengabarkan';

/** Clause boundaries: modality never reaches across them. */
const CLAUSE_BREAK = new RegExp(
	`[,;:()“”"]|\\s(?:namun|tetapi|tapi|sementara itu|sedangkan|karena|lantaran|sehingga|bahwa|setelah|sebelum|meski|meskipun|but|while|because|after|before|although|that|(?:${SAYING})\\s+(?:jika|kalau|bila))\\s`,
	'giu'
);

/** The part of `text` before `at` that is in the same clause. */
export function clauseBefore(text: string, at: number): string {
	const head = text.slice(0, at);
	let cut = 0;
	CLAUSE_BREAK.lastIndex = 0;
	for (let m = CLAUSE_BREAK.exec(head); m; m = CLAUSE_BREAK.exec(head)) cut = m.index + m[0].length;
	return head.slice(cut);
}

/** The last n words of text, found by walking back from its end (no splitting of the whole clause). */
function lastWords(text: string, n: number): string {
	let end = text.length;
	while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
	let start = end;
	for (let words = 0; start > 0 && words < n; ) {
		start--;
		if (isSpace(text.charCodeAt(start))) {
			words++;
			while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
			if (words === n) {
				start++;
				break;
			}
		}
	}
	return text.slice(start, end).trim();
}

/** Reads the clause before a trigger (at `start`..`end` in `sentence`) and a little after it. */
export function readModality(sentence: string, start: number, end: number): Modality {
	const clause = clauseBefore(sentence, start);
	const tails: string[] = [];
	const last = (n: number) => (tails[n] ??= lastWords(clause, n));
	const near = last(3);
	if (NEGATION.test(near)) return { keep: false, why: 'negated' };
	// "bisa diblokir" is a possibility; "senang bisa berkunjung" (glad to have visited) is not.
	const passive = /^(?:di|ter)\p{Ll}/u.test(sentence.slice(start, end).toLowerCase()) || /\bbe\s*$/i.test(clause);
	const possible = CAN.test(last(2)) && passive;
	if (HYPOTHETICAL.test(last(6)) || MAY.test(last(3)) || possible || CONDITIONAL_OPENING.test(sentence))
		return { keep: false, why: 'hypothetical' };
	if (HABITUAL.test(last(4))) return { keep: false, why: 'habitual' };
	const reported = REPORTED.test(clause);
	const after = sentence.slice(end, end + 60);
	if (PLANNED.test(last(4))) return { keep: true, status: 'planned', reported, explicit: true };
	if (ONGOING_BEFORE.test(last(3)) || ONGOING_AFTER.test(after)) return { keep: true, status: 'ongoing', reported, explicit: true };
	// Without a marker a trigger is read as past, but only a marker may overrule another account.
	const explicit = PERFECTIVE_BEFORE.test(last(3)) || PERFECTIVE_AFTER.test(after);
	return { keep: true, status: 'occurred', reported, explicit };
}
