/**
 * Counting a links payload inside a time window, in the browser: per link, per country, per
 * company, and per drawn arc (home, counterpart, type). One pass over the rows: fast enough to
 * rerun on every frame of the time scrubber's animation.
 */
import { OPEN, OPEN_END, type LinksPayload } from './payload';

export interface WindowCounts {
	/** Events per link in the window (0: hidden). */
	link: Uint32Array;
	/** First and last day of each link's events in the window (counted when first read). */
	readonly first: Float64Array;
	readonly last: Float64Array;
	/** Distinct events touching each country (as home or counterpart). */
	country: Uint32Array;
	/** Events per actor (companies), by actor index. */
	actor: Uint32Array;
	/** Events in the window that make links. */
	events: number;
	/** Undated linked events left out because a window applies. */
	undatedHidden: number;
}

/** Whether event e of the payload falls in the window (null: all time, undated included). */
function inWindowAt(p: LinksPayload, e: number, window: [number, number] | null): boolean {
	if (!window) return true;
	return p.events.undated[e] === 0 && p.events.start[e]! <= window[1] && p.events.end[e]! >= window[0];
}

/**
 * Counts with the links' first and last days left until something reads them (the table, a
 * tooltip): without a tooltip open, the scrubber's frames never count them.
 */
class Counts implements WindowCounts {
	link: Uint32Array;
	country: Uint32Array;
	actor: Uint32Array;
	events = 0;
	undatedHidden = 0;
	#spans: { first: Float64Array; last: Float64Array } | null = null;

	constructor(
		private readonly p: LinksPayload,
		private readonly window: [number, number] | null
	) {
		this.link = new Uint32Array(p.links.type.length);
		this.country = new Uint32Array(p.countries.length);
		this.actor = new Uint32Array(p.actors.length);
	}
	get first(): Float64Array {
		return (this.#spans ??= this.spans()).first;
	}
	get last(): Float64Array {
		return (this.#spans ??= this.spans()).last;
	}
	private spans() {
		const { p, window } = this;
		const nl = p.links.type.length;
		const first = new Float64Array(nl).fill(Infinity);
		const last = new Float64Array(nl).fill(-Infinity);
		const { start, end, undated } = p.events;
		const ev = p.rows.event;
		for (let r = 0; r < ev.length; r++) {
			const e = ev[r]!;
			if (undated[e] !== 0 || !inWindowAt(p, e, window)) continue;
			const s = start[e]!;
			const en = end[e]!;
			// An open side takes the other side's day.
			const a = s !== OPEN ? s : en;
			const b = en !== OPEN_END ? en : s;
			const l = p.rows.link[r]!;
			if (a < first[l]!) first[l] = a;
			if (b > last[l]!) last[l] = b;
		}
		return { first, last };
	}
}

export function countInWindow(p: LinksPayload, window: [number, number] | null): WindowCounts {
	const out = new Counts(p, window);
	const ev = p.rows.event;
	const lk = p.rows.link;
	const home = p.links.home;
	const country = p.links.country;
	const company = p.links.company;
	const via = p.links.via;
	const touched: number[] = [];
	const actorsTouched: number[] = [];
	const rows = ev.length;
	let r = 0;
	while (r < rows) {
		const e = ev[r]!;
		let r2 = r + 1;
		while (r2 < rows && ev[r2] === e) r2++;
		if (!inWindowAt(p, e, window)) {
			if (p.events.undated[e] !== 0) out.undatedHidden++;
			r = r2;
			continue;
		}
		out.events++;
		if (r2 === r + 1) {
			// One link (the common case): no de-duplication needed.
			const l = lk[r]!;
			out.link[l]!++;
			const h = home[l]!;
			const c = country[l]!;
			out.country[h]!++;
			if (c !== h) out.country[c]!++;
			const co = company[l]!;
			if (co >= 0) out.actor[co]!++;
			const v = via[l]!;
			for (let k = 0; k < v.length; k++) if (v[k] !== co) out.actor[v[k]!]!++;
			r = r2;
			continue;
		}
		touched.length = 0;
		actorsTouched.length = 0;
		for (let q = r; q < r2; q++) {
			const l = lk[q]!;
			out.link[l]!++;
			const h = home[l]!;
			const c = country[l]!;
			if (!touched.includes(h)) touched.push(h);
			if (!touched.includes(c)) touched.push(c);
			const co = company[l]!;
			if (co >= 0 && !actorsTouched.includes(co)) actorsTouched.push(co);
			for (const v of via[l]!) if (!actorsTouched.includes(v)) actorsTouched.push(v);
		}
		for (const c of touched) out.country[c]!++;
		for (const x of actorsTouched) out.actor[x]!++;
		r = r2;
	}
	return out;
}

export interface Arc {
	/** Stable key: home>country:type. */
	key: string;
	home: number;
	country: number;
	type: number;
	count: number;
	/** Link indices behind the arc. */
	links: number[];
}

/**
 * Arcs to draw: the window's links merged per (home, counterpart, type), optionally only those a
 * predicate keeps (the hovered company's). Most events first.
 */
export function arcsOf(p: LinksPayload, counts: WindowCounts, keep?: (link: number) => boolean): Arc[] {
	const arcs = new Map<number, Arc>();
	const nc = p.countries.length;
	for (let l = 0; l < counts.link.length; l++) {
		const n = counts.link[l]!;
		if (!n || (keep && !keep(l))) continue;
		const h = p.links.home[l]!;
		const c = p.links.country[l]!;
		const t = p.links.type[l]!;
		const id = (t * nc + h) * nc + c;
		let arc = arcs.get(id);
		if (!arc) {
			arc = { key: '', home: h, country: c, type: t, count: 0, links: [] };
			arcs.set(id, arc);
		}
		arc.count += n;
		arc.links.push(l);
	}
	const out = [...arcs.values()];
	for (const a of out) a.key = `${p.countries[a.home]}>${p.countries[a.country]}:${a.type}`;
	return out.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Typed arcs in the window, counted without building them (stops past the limit): the map
 * decides from this whether to draw one arc per type or per country pair.
 */
export function typedArcCount(p: LinksPayload, counts: WindowCounts, limit: number): number {
	const nc = p.countries.length;
	const seen = new Set<number>();
	for (let l = 0; l < counts.link.length; l++) {
		if (!counts.link[l]) continue;
		seen.add((p.links.type[l]! * nc + p.links.home[l]!) * nc + p.links.country[l]!);
		if (seen.size > limit) return seen.size;
	}
	return seen.size;
}

/**
 * The `limit` ids with the highest totals (whole numbers), highest first, ties by id: as sorting
 * them all and slicing, without sorting the thousands of pairs a busy window has.
 */
export function topIds(ids: number[], total: Float64Array, limit: number): number[] {
	const byTotal = (a: number, b: number) => total[b]! - total[a]! || a - b;
	if (ids.length <= limit) return ids.sort(byTotal);
	let max = 0;
	for (const id of ids) if (total[id]! > max) max = total[id]!;
	// Totals far above the number of ids would make a histogram bigger than the sort it saves.
	if (max > 4 * ids.length) return ids.sort(byTotal).slice(0, limit);
	// How many ids have each total; the cut-off is the total where the count reaches the limit.
	const histogram = new Uint32Array(max + 1);
	for (const id of ids) histogram[total[id]!]!++;
	let cut = max;
	for (let above = 0; cut > 0 && above + histogram[cut]! < limit; cut--) above += histogram[cut]!;
	// Above the cut-off: fewer than the limit, sorted; at it (often thousands of ties at a low
	// total): the lowest ids, by a typed-array sort.
	const kept = ids.filter((id) => total[id]! > cut).sort(byTotal);
	const ties = Int32Array.from(ids.filter((id) => total[id] === cut)).sort();
	for (let i = 0; kept.length < limit; i++) kept.push(ties[i]!);
	return kept;
}

/** The window's links merged per country pair straight from the counts (as pairsOf, faster). */
export function pairsInWindow(p: LinksPayload, counts: WindowCounts, limit: number, keep?: (link: number) => boolean): Arc[] {
	const nc = p.countries.length;
	const nt = 14;
	const total = new Float64Array(nc * nc);
	const ids: number[] = [];
	for (let l = 0; l < counts.link.length; l++) {
		const n = counts.link[l]!;
		if (!n || (keep && !keep(l))) continue;
		const id = p.links.home[l]! * nc + p.links.country[l]!;
		if (total[id] === 0) ids.push(id);
		total[id]! += n;
	}
	const kept = topIds(ids, total, limit);
	const slot = new Int32Array(nc * nc).fill(-1);
	const arcs: Arc[] = [];
	const byType = new Float64Array(kept.length * nt);
	for (const id of kept) {
		const h = Math.floor(id / nc);
		const c = id % nc;
		slot[id] = arcs.length;
		arcs.push({ key: `${p.countries[h]}>${p.countries[c]}:*`, home: h, country: c, type: 0, count: total[id]!, links: [] });
	}
	for (let l = 0; l < counts.link.length; l++) {
		const n = counts.link[l]!;
		if (!n || (keep && !keep(l))) continue;
		const k = slot[p.links.home[l]! * nc + p.links.country[l]!]!;
		if (k < 0) continue;
		const arc = arcs[k]!;
		arc.links.push(l);
		byType[k * nt + p.links.type[l]!]! += n;
	}
	arcs.forEach((arc, k) => {
		let best = 0;
		for (let t = 1; t < nt; t++) if (byType[k * nt + t]! > byType[k * nt + best]!) best = t;
		arc.type = best;
	});
	return arcs;
}

/** Counts by event type and first/last day over some links in the window (for tooltips). */
export function summarise(p: LinksPayload, counts: WindowCounts, links: Iterable<number>): { byType: Map<number, number>; total: number; first: number; last: number } {
	const byType = new Map<number, number>();
	let total = 0;
	let first = Infinity;
	let last = -Infinity;
	for (const l of links) {
		const n = counts.link[l]!;
		if (!n) continue;
		const t = p.links.type[l]!;
		byType.set(t, (byType.get(t) ?? 0) + n);
		total += n;
		first = Math.min(first, counts.first[l]!);
		last = Math.max(last, counts.last[l]!);
	}
	return { byType, total, first, last };
}

/**
 * Arcs merged per country pair (all types), for a map too busy to show one arc per type: each
 * takes the colour of its most frequent type. The `limit` busiest are kept.
 */
export function pairsOf(arcs: Arc[], limit: number): Arc[] {
	const pairs = new Map<string, { arc: Arc; byType: Map<number, number> }>();
	for (const a of arcs) {
		const key = `${a.home}>${a.country}`;
		let p = pairs.get(key);
		if (!p) {
			p = { arc: { key: `${key}:*`, home: a.home, country: a.country, type: a.type, count: 0, links: [] }, byType: new Map() };
			pairs.set(key, p);
		}
		p.arc.count += a.count;
		for (const l of a.links) p.arc.links.push(l);
		p.byType.set(a.type, (p.byType.get(a.type) ?? 0) + a.count);
	}
	const out = [...pairs.values()].map(({ arc, byType }) => {
		arc.type = [...byType].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]![0];
		return arc;
	});
	return out.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, limit);
}
