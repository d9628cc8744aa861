/**
 * Turns merged drafts into event records: stable ids, the countries involved, and short titles
 * in English and Indonesian.
 */
import type { Event, EventType } from '$lib/schema/events';
import { edtfSpan } from '$lib/dates/edtfSpan';
import type { EventDraft } from './draft';

export interface Labeller {
	kind: (id: string) => string | undefined;
	country: (id: string) => string | null | undefined;
	/** Short display name of an actor in a language ("Kominfo", "China"). */
	label: (id: string, lang: 'en' | 'id') => string;
	countryLabel: (code: string, lang: 'en' | 'id') => string;
}

interface Wording {
	en: string;
	enBase: string;
	id: string;
	/** Title when no doer is named: "Ban on Huawei". */
	enNoun: string;
	idNoun: string;
}

const WORDING: Record<EventType, Wording> = {
	meeting: { en: 'meets', enBase: 'meet', id: 'bertemu', enNoun: 'Meeting with', idNoun: 'Pertemuan dengan' },
	summons: { en: 'summons', enBase: 'summon', id: 'memanggil', enNoun: 'Summons of', idNoun: 'Pemanggilan' },
	negotiation: { en: 'negotiates with', enBase: 'negotiate with', id: 'bernegosiasi dengan', enNoun: 'Negotiations with', idNoun: 'Negosiasi dengan' },
	agreement: { en: 'reaches agreement with', enBase: 'reach agreement with', id: 'mencapai kesepakatan dengan', enNoun: 'Agreement with', idNoun: 'Kesepakatan dengan' },
	cooperation: { en: 'partners with', enBase: 'partner with', id: 'bekerja sama dengan', enNoun: 'Cooperation with', idNoun: 'Kerja sama dengan' },
	expansion: { en: 'expands into', enBase: 'expand into', id: 'berekspansi ke', enNoun: 'Expansion into', idNoun: 'Ekspansi ke' },
	acquisition: { en: 'acquires', enBase: 'acquire', id: 'mengakuisisi', enNoun: 'Acquisition of', idNoun: 'Akuisisi' },
	investigation: { en: 'investigates', enBase: 'investigate', id: 'menyelidiki', enNoun: 'Investigation of', idNoun: 'Penyelidikan terhadap' },
	accusation: { en: 'accuses', enBase: 'accuse', id: 'menuduh', enNoun: 'Accusations against', idNoun: 'Tuduhan terhadap' },
	advisory: { en: 'advises against', enBase: 'advise against', id: 'mengimbau agar tidak memakai', enNoun: 'Advice against', idNoun: 'Imbauan agar tidak memakai' },
	ban: { en: 'bans', enBase: 'ban', id: 'melarang', enNoun: 'Ban on', idNoun: 'Larangan terhadap' },
	'ban-lifted': { en: 'lifts ban on', enBase: 'lift ban on', id: 'mencabut larangan terhadap', enNoun: 'Ban lifted on', idNoun: 'Larangan dicabut untuk' },
	fine: { en: 'fines', enBase: 'fine', id: 'mendenda', enNoun: 'Fine on', idNoun: 'Denda untuk' },
	lawsuit: { en: 'sues', enBase: 'sue', id: 'menggugat', enNoun: 'Lawsuit against', idNoun: 'Gugatan terhadap' }
};

const VISIT: Wording = { en: 'visits', enBase: 'visit', id: 'mengunjungi', enNoun: 'Visit to', idNoun: 'Kunjungan ke' };
const BAN_WORDING: Record<string, Wording> = {
	blacklist: { en: 'blacklists', enBase: 'blacklist', id: 'memasukkan {T} ke daftar hitam', enNoun: 'Blacklisting of', idNoun: 'Daftar hitam untuk' },
	block: { en: 'blocks', enBase: 'block', id: 'memblokir', enNoun: 'Block on', idNoun: 'Pemblokiran' },
	suspend: { en: 'suspends', enBase: 'suspend', id: 'membekukan', enNoun: 'Suspension of', idNoun: 'Pembekuan' }
};
const UNBLOCK: Wording = { en: 'unblocks', enBase: 'unblock', id: 'membuka blokir', enNoun: 'Block lifted on', idNoun: 'Pembukaan blokir' };

export function joinNames(names: string[], lang: 'en' | 'id'): string {
	const and = lang === 'en' ? 'and' : 'dan';
	if (names.length > 4) return `${names.slice(0, 3).join(', ')}${lang === 'en' ? '' : ','} ${and} ${names.length - 3} ${lang === 'en' ? 'others' : 'lainnya'}`;
	if (names.length <= 2) return names.join(` ${and} `);
	return `${names.slice(0, -1).join(', ')}${lang === 'en' ? '' : ','} ${and} ${names[names.length - 1]}`;
}

/** The organisations of a side, or its people when no organisation is named. */
function sideIds(d: EventDraft, roles: string[], info: Labeller): string[] {
	const ids = [...d.actors].filter(([, r]) => roles.includes(r)).map(([id]) => id);
	const orgs = ids.filter((id) => info.kind(id) !== 'person');
	return orgs.length ? orgs : ids;
}

/** Leaders meeting for their governments are named themselves: "Donald Trump meets Xi Jinping". */
function leaders(d: EventDraft, info: Labeller): boolean {
	const ids = [...d.actors.keys()];
	const people = ids.filter((id) => info.kind(id) === 'person');
	return d.type === 'meeting' && people.length >= 2 && ids.every((id) => info.kind(id) === 'person' || info.kind(id) === 'government');
}

export function titles(d: EventDraft, info: Labeller): { en: string; id: string } {
	const symmetric = [...d.actors.values()].every((r) => r === 'participant');
	const pick = (roles: string[]) => (leaders(d, info) ? [...d.actors].filter(([id, r]) => roles.includes(r) && info.kind(id) === 'person').map(([id]) => id) : sideIds(d, roles, info));
	let doers = symmetric ? pick(['participant']).slice(0, 1) : pick(['actor']);
	let others = symmetric ? pick(['participant']).slice(1) : pick(['target']);
	if (!symmetric && doers.length === 0 && others.length === 0) others = sideIds(d, ['participant'], info);
	const words =
		d.type === 'meeting' && d.cameo === '042'
			? VISIT
			: d.type === 'ban' && d.wording
				? BAN_WORDING[d.wording]!
				: d.type === 'ban-lifted' && d.wording === 'block'
					? UNBLOCK
					: WORDING[d.type];
	const names = (ids: string[], lang: 'en' | 'id') => ids.map((id) => info.label(id, lang));
	const objects = (lang: 'en' | 'id') =>
		d.type === 'expansion' && d.countries.size
			? [...d.countries].sort().map((c) => info.countryLabel(c, lang))
			: names(others, lang);
	if (doers.length === 0) {
		doers = [];
		return {
			en: `${words.enNoun} ${joinNames(objects('en'), 'en')}`.trim(),
			id: `${words.idNoun} ${joinNames(objects('id'), 'id')}`.trim()
		};
	}
	const planned = d.status === 'planned';
	if (symmetric && (d.type === 'meeting' || d.type === 'agreement') && others.length) {
		// "Russia and China meet", "Telegram and Kominfo reach agreement".
		const all = [...doers, ...others];
		const enVerb = d.type === 'meeting' ? (planned ? 'to meet' : 'meet') : planned ? 'to reach agreement' : 'reach agreement';
		const idVerb = d.type === 'meeting' ? 'bertemu' : 'mencapai kesepakatan';
		return { en: `${joinNames(names(all, 'en'), 'en')} ${enVerb}`, id: `${joinNames(names(all, 'id'), 'id')} ${planned ? 'akan ' : ''}${idVerb}` };
	}
	const en = `${joinNames(names(doers, 'en'), 'en')} ${planned ? `to ${words.enBase}` : doers.length > 1 ? plural(words.en) : words.en} ${joinNames(objects('en'), 'en')}`;
	// Indonesian puts some objects inside the verb phrase: "memasukkan Huawei ke daftar hitam".
	const idObjects = joinNames(objects('id'), 'id');
	const idPredicate = words.id.includes('{T}') ? words.id.replace('{T}', idObjects) : `${words.id} ${idObjects}`;
	const id = `${joinNames(names(doers, 'id'), 'id')} ${planned ? 'akan ' : ''}${idPredicate}`;
	return { en: en.trim().replace(/\s+/g, ' '), id: id.trim().replace(/\s+/g, ' ') };
}

function plural(verb: string): string {
	return verb.replace(/^(\w+?)(es|s)\b/, (_, stem: string, ending: string) => (ending === 'es' && /(ss|sh|ch|x)$/.test(stem) ? stem : stem + (ending === 'es' ? 'e' : '')));
}

/** "2017", or "undated" when no year is known. */
/**
 * The date part of an id: the event's own date at its own precision ("2017-08-01", "2017-08",
 * "2017"), the known side of an open interval, or "undated" (also for an unknown year).
 */
function dateKey(date: string | null): string {
	if (!date) return 'undated';
	const span = edtfSpan(date);
	if (!span || span.unknownYear) return 'undated';
	const side = date.split('/').find((part) => part !== '..' && part !== '') ?? '';
	const m = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(side.replace(/[~?%]/g, ''));
	return m ? m[0] : 'undated';
}

function slug(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * Ids say when, what and who — "2017-08-01-ban-id-kominfo-telegram" — so they survive re-runs and
 * do not shift when other articles are added. Events that still share all of that (same day,
 * type and sides, yet not merged) each get a short hash of their first evidence: no event's id
 * depends on the order of other events or articles.
 */
export function assignIds(drafts: EventDraft[], info: Labeller): string[] {
	const bases = drafts.map((d) => {
		const orgs = [...d.actors.keys()].filter((id) => info.kind(id) !== 'person').sort();
		const who = (orgs.length ? orgs : [...d.actors.keys()].sort()).slice(0, 4);
		const where = d.type === 'expansion' ? [...d.countries].sort().slice(0, 3).map((c) => c.toLowerCase()) : [];
		const plan = d.status === 'planned' ? ['planned'] : [];
		return slug([dateKey(d.date), d.type, ...plan, ...who, ...where].join('-')).slice(0, 120);
	});
	const uses = new Map<string, number>();
	for (const base of bases) uses.set(base, (uses.get(base) ?? 0) + 1);
	const ids = bases.map((base, k) => (uses.get(base)! > 1 ? `${base}-${shortHash(evidenceKey(drafts[k]!))}` : base));
	// Two events with the very same first evidence and base would be one event told twice.
	const seen = new Map<string, number>();
	return ids.map((id) => {
		const n = (seen.get(id) ?? 0) + 1;
		seen.set(id, n);
		return n === 1 ? id : `${id}-${n}`;
	});
}

/** FNV-1a, 32 bits, as 7 base-36 digits: short, stable and the same on every platform. */
function shortHash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36).padStart(7, '0');
}

function evidenceKey(d: EventDraft): string {
	const first = [...d.sources].sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start)[0]!;
	return `${first.article}\u0000${String(first.start).padStart(10, '0')}\u0000${d.type}`;
}

/** Drop "the government of X" where a named body of X is on the same side. */
export function preferBodies(d: EventDraft, info: Labeller): void {
	for (const [id, role] of [...d.actors]) {
		if (!id.startsWith('gov-')) continue;
		const code = info.country(id);
		const body = [...d.actors].some(([other, r]) => other !== id && r === role && info.kind(other) === 'government' && info.country(other) === code);
		if (body) d.actors.delete(id);
	}
}

export function toEvent(d: EventDraft, id: string, info: Labeller): Event {
	const countries = new Set(d.countries);
	for (const actorId of d.actors.keys()) {
		if (info.kind(actorId) === 'person') continue;
		const c = info.country(actorId);
		if (c) countries.add(c);
	}
	if (d.location?.country) countries.add(d.location.country);
	const roleOrder = { actor: 0, participant: 1, target: 2 } as const;
	return {
		id,
		type: d.type,
		cameo: d.cameo,
		date: d.date,
		dateBasis: d.date ? d.dateBasis : 'none',
		duration: d.duration,
		status: d.status,
		actors: [...d.actors]
			.map(([actorId, role]) => ({ id: actorId, role }))
			.sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.id.localeCompare(b.id)),
		countries: [...countries].sort(),
		location: d.location,
		sources: [...d.sources].sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start),
		confidence: Math.round(d.confidence * 100) / 100,
		title: titles(d, info)
	};
}

/** Titles for a finished event, after curation changed who took part or what happened. */
export function eventTitles(event: Event, info: Labeller): { en: string; id: string } {
	const draft = {
		type: event.type,
		cameo: event.cameo,
		...(event.type === 'ban' && event.cameo === '163' ? { wording: 'blacklist' as const } : {}),
		status: event.status,
		actors: new Map(event.actors.map((a) => [a.id, a.role])),
		affiliations: new Map(),
		countries: new Set(event.countries.filter((c) => event.type === 'expansion' && !event.actors.some((a) => info.country(a.id) === c))),
		location: event.location,
		date: event.date,
		dateBasis: event.dateBasis,
		duration: event.duration,
		sources: event.sources,
		confidence: event.confidence,
		sentence: 0,
		lastMentioned: 0
	} satisfies EventDraft;
	return titles(draft, info);
}
