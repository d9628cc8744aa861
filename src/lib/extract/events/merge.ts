/**
 * One real-world event told several times — in one article or in several — becomes one record.
 * Two drafts are the same event when their types agree, their statuses can both be true, their
 * dates can overlap, and one's organisations are all among the other's (a ministry counts as its
 * country's government).
 */
import type { ActorRole } from '$lib/schema/events';
import { edtfSpan, spanWidth, spansOverlap } from '$lib/dates/edtfSpan';
import { family, STATUS_RANK, type EventDraft } from './draft';

export interface ActorInfo {
	kind: (id: string) => string | undefined;
	country: (id: string) => string | null | undefined;
}

const orgKeyCache = new WeakMap<EventDraft, Set<string>>();

/** Organisations of a draft, with government bodies also standing for their country's government. */
function orgKeys(d: EventDraft, info: ActorInfo): Set<string> {
	const cached = orgKeyCache.get(d);
	if (cached) return cached;
	const keys = new Set<string>();
	for (const id of d.actors.keys()) {
		if (info.kind(id) === 'person') continue;
		keys.add(governmentKey(id, info));
	}
	for (const c of d.countries) keys.add(`country:${c}`);
	orgKeyCache.set(d, keys);
	return keys;
}

function governmentKey(id: string, info: ActorInfo): string {
	if (info.kind(id) === 'government') return `gov:${info.country(id) ?? id}`;
	return id;
}

function subset(a: Set<string>, b: Set<string>): boolean {
	for (const x of a) if (!b.has(x)) return false;
	return true;
}

export function compatible(a: EventDraft, b: EventDraft, info: ActorInfo): boolean {
	if (family(a.type) !== family(b.type)) return false;
	if ((a.status === 'planned') !== (b.status === 'planned')) return false;
	const ka = orgKeys(a, info);
	const kb = orgKeys(b, info);
	if (ka.size === 0 || kb.size === 0) return false;
	if (!(subset(ka, kb) || subset(kb, ka))) return false;
	// Sharing only a government is not enough (a ministry meets many companies), unless the same person is named.
	const shared = [...ka].filter((k) => kb.has(k));
	const samePerson = [...a.actors.keys()].some((id) => info.kind(id) === 'person' && b.actors.has(id));
	if (!shared.some((k) => !k.startsWith('gov:')) && !samePerson && !(ka.size === kb.size && shared.length === ka.size)) return false;
	if (!rolesAgree(a, b, info)) return false;
	if (a.date && b.date) {
		const sa = edtfSpan(a.date);
		const sb = edtfSpan(b.date);
		if (sa && sb && !spansOverlap(sa, sb)) return false;
	}
	return true;
}

/** A ban by A on B is not a ban by B on A. */
function rolesAgree(a: EventDraft, b: EventDraft, info: ActorInfo): boolean {
	// The one summoned is the one who comes: a summons lines up with a visit with its sides turned.
	const flip = a.type !== b.type && (a.type === 'summons' || b.type === 'summons');
	const roleOf = (d: EventDraft) => {
		const roles = new Map<string, ActorRole>();
		for (const [id, role] of d.actors) {
			if (info.kind(id) === 'person') continue;
			const turned = flip && d.type === 'summons' && role !== 'participant' ? (role === 'actor' ? 'target' : 'actor') : role;
			roles.set(governmentKey(id, info), turned);
		}
		return roles;
	};
	const ra = roleOf(a);
	const rb = roleOf(b);
	for (const [key, role] of ra) {
		const other = rb.get(key);
		if (other && other !== role && other !== 'participant' && role !== 'participant') return false;
	}
	return true;
}

/** Folds `b` into `a` (which is changed and returned). */
const sourceKeyCache = new WeakMap<EventDraft, Set<string>>();

function sourceKeys(d: EventDraft): Set<string> {
	let keys = sourceKeyCache.get(d);
	if (!keys) {
		keys = new Set(d.sources.map((s) => `${s.article}\u0000${s.start}`));
		sourceKeyCache.set(d, keys);
	}
	return keys;
}

const turn = (role: ActorRole): ActorRole => (role === 'actor' ? 'target' : role === 'target' ? 'actor' : role);

export function mergeInto(a: EventDraft, b: EventDraft, info: ActorInfo): EventDraft {
	orgKeyCache.delete(a);
	// A visit folded into a summons (or the other way) is told from the summoning side.
	if (a.type === 'summons' && b.type === 'meeting') b = { ...b, actors: new Map([...b.actors].map(([id, r]) => [id, turn(r)])) };
	if (a.type === 'meeting' && b.type === 'summons') for (const [id, r] of a.actors) a.actors.set(id, turn(r));
	for (const [person, org] of b.affiliations) if (!a.affiliations.has(person)) a.affiliations.set(person, org);
	for (const [id, role] of b.actors) {
		const mine = a.actors.get(id);
		if (!mine || (mine === 'participant' && role !== 'participant')) a.actors.set(id, role);
	}
	// A meeting told as "they met" joins a visit told as "X visited Y": each takes its side.
	if ([...a.actors.values()].some((r) => r !== 'participant')) {
		for (const [id, role] of a.actors) {
			if (role !== 'participant') continue;
			const org = a.affiliations.get(id);
			const sideOfOrg = org ? a.actors.get(org) : undefined;
			const key = governmentKey(id, info);
			const sameCountry = [...a.actors].find(([other, r]) => other !== id && r !== 'participant' && governmentKey(other, info) === key)?.[1];
			const resolved = sideOfOrg && sideOfOrg !== 'participant' ? sideOfOrg : sameCountry;
			if (resolved) a.actors.set(id, resolved);
		}
	}
	for (const c of b.countries) a.countries.add(c);
	// A place the text names beats one guessed from the host's seat; a place beats a bare country.
	const better = b.location && (!a.location || (b.locationFromText && !a.locationFromText) || (b.locationFromText === a.locationFromText && !a.location.place && b.location.place));
	if (better) {
		a.location = b.location;
		a.locationFromText = b.locationFromText;
	}
	a.lastMentioned = Math.max(a.lastMentioned, b.lastMentioned);
	if (STATUS_RANK[b.status] > STATUS_RANK[a.status]) a.status = b.status;
	// A summons that was also a meeting stays a summons: it says who called whom.
	if (a.type !== b.type && b.type === 'summons') {
		a.type = b.type;
		a.cameo = b.cameo;
	} else if (a.type === b.type && ((a.cameo === '040' && b.cameo !== '040') || (a.type === 'ban' && b.cameo === '163'))) {
		// The more telling code wins: a visit (042) over a meeting, trade sanctions (163) over a ban.
		a.cameo = b.cameo;
	}
	a.duration ??= b.duration;
	// A blacklisting says more than a ban; otherwise the first account's wording stays.
	if (b.wording && (!a.wording || b.wording === 'blacklist')) a.wording = b.wording;
	mergeDates(a, b);
	// Many articles may tell one event: look sources up by key, not by scanning the list.
	const keys = sourceKeys(a);
	for (const s of b.sources) {
		const key = `${s.article}\u0000${s.start}`;
		if (!keys.has(key)) {
			keys.add(key);
			a.sources.push(s);
		}
	}
	a.confidence = Math.min(0.99, 1 - (1 - a.confidence) * (1 - b.confidence * 0.5));
	return a;
}

/** Keep the most precise date that every source allows. */
export function mergeDates(a: EventDraft, b: EventDraft) {
	if (!b.date) return;
	if (!a.date) {
		a.date = b.date;
		a.dateBasis = b.dateBasis;
		return;
	}
	const sa = edtfSpan(a.date);
	const sb = edtfSpan(b.date);
	if (!sa || !sb) return;
	const wa = spanWidth(sa);
	const wb = spanWidth(sb);
	if (wb < wa || (wb === wa && sa.unknownYear && !sb.unknownYear)) {
		a.date = b.date;
		a.dateBasis = b.dateBasis;
	}
}

/**
 * Merges drafts in order into a list of events. An index by organisation keeps this linear in
 * the number of drafts when many articles tell the same few events.
 */
export class EventMerger {
	readonly events: EventDraft[] = [];
	private byKey = new Map<string, EventDraft[]>();

	constructor(private info: ActorInfo) {}

	add(draft: EventDraft): EventDraft {
		const keys = [...orgKeys(draft, this.info)];
		const candidates = new Set<EventDraft>();
		for (const key of keys) for (const e of this.byKey.get(`${family(draft.type)}|${key}`) ?? []) candidates.add(e);
		for (const existing of candidates) {
			if (compatible(existing, draft, this.info)) {
				mergeInto(existing, draft, this.info);
				this.index(existing);
				return existing;
			}
		}
		this.events.push(draft);
		this.index(draft);
		return draft;
	}

	private index(event: EventDraft) {
		for (const key of orgKeys(event, this.info)) {
			const k = `${family(event.type)}|${key}`;
			const list = this.byKey.get(k) ?? [];
			if (!list.includes(event)) list.push(event);
			this.byKey.set(k, list);
		}
	}
}
