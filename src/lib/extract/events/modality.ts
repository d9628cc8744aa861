/**
 * What the words around a trigger say about it: did it happen, is it going on, is it only
 * planned, or is it denied, hypothetical or a habit (then it is no event at all).
 */
import type { EventStatus } from '$lib/schema/events';

export type Modality =
	| { keep: true; status: EventStatus; reported: boolean; explicit: boolean }
	| { keep: false; why: 'negated' | 'hypothetical' | 'habitual' };

const words = (text: string) => text.trim().split(/\s+/);
const phraseRe = (list: string[]) =>
	new RegExp(`(?<![\\p{L}])(?:${list.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');

/** Right before the trigger (a few words, same clause): it did not / will not happen. */
const NEGATION = phraseRe(
	words(`belum tidak tak bukan tanpa batal urung jangan enggan menolak membantah nggak gak ogah
not never no didn't did not hasn't has not haven't have not won't will not denied denies refused refuses declined declines without`)
);
/** Shortly before, in the clause: only a possibility or a question ("apakah bisa sampai ke pelarangan"). */
const HYPOTHETICAL = phraseRe(
	words(`apakah jika bila kalau seandainya andai kemungkinan berpotensi mungkin whether if could might may possible possibly potential potentially`)
);
/** A habit, not one event: "sering dituduh". */
const HABITUAL = phraseRe(words('sering kerap acap seringkali kerapkali biasanya often frequently repeatedly regularly'));
/** It is to come. */
const PLANNED = phraseRe([
	...words(`akan bakal hendak berencana merencanakan rencana rencananya berniat ingin berjanji janji mengincar menargetkan siap
direncanakan dijadwalkan mengancam untuk will plans plan planned intends intend aims seeks expected scheduled promised
pledged vowed threatened threatens to`),
	'is set to',
	'are set to',
	'is to',
	'are to'
]);
/** It is going on. */
const ONGOING_BEFORE = phraseRe(words('sedang tengah masih terus is are ongoing continues continuing'));
const ONGOING_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:sedang|masih|telah|tengah)?\s*berlangsung|^\s*(?:is|are)\s+(?:ongoing|continuing|under\s*way)/iu;
/** It did happen: "telah memblokir", "pemblokiran tersebut dilakukan". */
const PERFECTIVE_BEFORE = phraseRe(words('telah sudah sempat pernah resmi akhirnya has have had did officially'));
const PERFECTIVE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:dilakukan|diberlakukan|dilaksanakan|terjadi|berlaku|took place|went into effect|was carried out)(?![\p{L}])/iu;
const REPORTED = phraseRe(words('dilaporkan kabarnya disebut-sebut dikabarkan reportedly reported allegedly rumored rumoured'));

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

function lastWords(text: string, n: number): string {
	return text.trim().split(/\s+/).slice(-n).join(' ');
}

/** Reads the clause before a trigger (at `start`..`end` in `sentence`) and a little after it. */
export function readModality(sentence: string, start: number, end: number): Modality {
	const clause = clauseBefore(sentence, start);
	const near = lastWords(clause, 3);
	if (NEGATION.test(near)) return { keep: false, why: 'negated' };
	if (HYPOTHETICAL.test(lastWords(clause, 6))) return { keep: false, why: 'hypothetical' };
	if (HABITUAL.test(lastWords(clause, 4))) return { keep: false, why: 'habitual' };
	const reported = REPORTED.test(clause);
	const after = sentence.slice(end, end + 60);
	if (PLANNED.test(lastWords(clause, 4))) return { keep: true, status: 'planned', reported, explicit: true };
	if (ONGOING_BEFORE.test(lastWords(clause, 3)) || ONGOING_AFTER.test(after)) return { keep: true, status: 'ongoing', reported, explicit: true };
	// Without a marker a trigger is read as past, but only a marker may overrule another account.
	const explicit = PERFECTIVE_BEFORE.test(lastWords(clause, 3)) || PERFECTIVE_AFTER.test(after);
	return { keep: true, status: 'occurred', reported, explicit };
}
