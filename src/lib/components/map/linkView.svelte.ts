/**
 * State shared by the map and the network view: the payload, the time window (live while the
 * scrubber moves or plays), the counts inside it, the item under the pointer or keyboard focus,
 * and what it highlights. Layers read it from context and only draw.
 */
import { getContext, setContext, untrack } from 'svelte';
import { arcsOf, countInWindow, pairsInWindow, summarise, typedArcCount, type Arc, type WindowCounts } from '$lib/links/aggregate';
import { decodeLinks, type LinksPayload, type LinksWire } from '$lib/links/payload';
import { EVENT_TYPES, type EventType } from '$lib/timeline/eventTypes';
import type { Lang } from '$lib/timeline/urlState';
import { countryLabel, typeLabel } from '$lib/i18n/messages';
import { lt } from '$lib/i18n/linkMessages';
import { formatDay } from '$lib/i18n/dates';

export type Item =
	| { kind: 'country'; c: number }
	| { kind: 'actor'; a: number }
	| { kind: 'arc'; arc: Arc }
	| { kind: 'links'; links: number[]; label: string };

export interface Filter {
	actors: string[];
	countries: string[];
}

export interface Description {
	title: string;
	subtitle: string;
	byType: { type: EventType; count: number }[];
	dates: string | null;
}

const KEY = Symbol('link-view');

/** Links with events in the counts, most events first (a counting sort: counts are small whole numbers). */
function linksByCount(counts: WindowCounts): number[] {
	const c = counts.link;
	let max = 0;
	let n = 0;
	for (let l = 0; l < c.length; l++) if (c[l]) {
		n++;
		if (c[l]! > max) max = c[l]!;
	}
	const starts = new Uint32Array(max + 2);
	for (let l = 0; l < c.length; l++) if (c[l]) starts[max - c[l]! + 1]!++;
	for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
	const out = new Array<number>(n);
	for (let l = 0; l < c.length; l++) if (c[l]) out[starts[max - c[l]!]!++] = l;
	return out;
}

export class LinkView {
	payload: LinksPayload = $state.raw() as LinksPayload;
	window = $state.raw<[number, number] | null>(null);
	hovered = $state.raw<Item | null>(null);
	/** Where the tooltip goes (container pixels); null: beside the item. */
	pointer = $state.raw<[number, number] | null>(null);
	lang = $state<Lang>('en');
	/** Selected actors and countries (the URL's filters), drawn as selected. */
	selectedActors = $state.raw<string[]>([]);
	selectedCountries = $state.raw<string[]>([]);

	constructor(payload: LinksPayload) {
		this.payload = payload;
	}

	readonly counts: WindowCounts = $derived(countInWindow(this.payload, this.window));
	/** Up to this many arcs, one per event type; beyond, one per country pair (the busiest PAIR_LIMIT). */
	static TYPED_ARCS = 600;
	static PAIR_LIMIT = 400;
	/** Too many arcs to draw one per type: the busiest country pairs are drawn instead. */
	readonly merged = $derived(typedArcCount(this.payload, this.counts, LinkView.TYPED_ARCS) > LinkView.TYPED_ARCS);
	/** Arcs to draw: one per (home, counterpart, type), or per country pair when merged. */
	readonly arcs: Arc[] = $derived(this.merged ? pairsInWindow(this.payload, this.counts, LinkView.PAIR_LIMIT) : arcsOf(this.payload, this.counts));
	/** Links in the window, most events first. */
	readonly visibleLinks = $derived(linksByCount(this.counts));
	/** True while the time scrubber moves or plays (the window is not the URL's yet). */
	scrubbing = $state(false);
	/** The URL's window: what the table shows while the scrubber moves (see `settledLinks`). */
	settledWindow = $state.raw<[number, number] | null>(null);
	/**
	 * Counts in the settled window. They depend on it and the payload only, so the scrubber's
	 * frames leave them be; when the live window is the settled one, they are its counts.
	 */
	readonly settledCounts: WindowCounts = $derived.by(() => {
		const settled = this.settledWindow;
		const payload = this.payload;
		return untrack(() => (this.window === settled ? this.counts : countInWindow(payload, settled)));
	});
	readonly settledLinks: number[] = $derived.by(() => {
		const counts = this.settledCounts;
		return untrack(() => (counts === this.counts ? this.visibleLinks : linksByCount(counts)));
	});
	readonly maxCountryCount = $derived(this.counts.country.reduce((m, n) => Math.max(m, n), 0));
	readonly maxArc = $derived(this.arcs.reduce((m, a) => Math.max(m, a.count), 0));

	/** Links (indices) an item stands for. */
	linksOf(item: Item): number[] {
		const p = this.payload;
		if (item.kind === 'arc') return item.arc.links;
		if (item.kind === 'links') return item.links;
		const out: number[] = [];
		for (let l = 0; l < p.links.type.length; l++) {
			if (item.kind === 'country' ? p.links.home[l] === item.c || p.links.country[l] === item.c : p.links.company[l] === item.a || p.links.via[l]!.includes(item.a)) out.push(l);
		}
		return out;
	}

	/** Links highlighted by the hovered item (null: nothing hovered). */
	readonly highlight: Set<number> | null = $derived(this.hovered ? new Set(this.linksOf(this.hovered)) : null);

	actorName(a: number): string {
		return this.payload.actors[a]?.name ?? '';
	}
	countryName(c: number): string {
		const code = this.payload.countries[c] ?? '';
		return countryLabel(this.lang, code);
	}

	describe(item: Item): Description {
		const p = this.payload;
		const s = summarise(p, this.counts, this.linksOf(item));
		const byType = [...s.byType].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([t, count]) => ({ type: EVENT_TYPES[t]!, count }));
		const dates = Number.isFinite(s.first) && Number.isFinite(s.last) ? lt(this.lang, 'dates', { first: formatDay(s.first, this.lang), last: formatDay(s.last, this.lang) }) : null;
		let title = '';
		let subtitle = '';
		if (item.kind === 'country') {
			title = this.countryName(item.c);
			subtitle = lt(this.lang, 'tooltipCountry', { count: this.counts.country[item.c] ?? 0, name: title });
		} else if (item.kind === 'actor') {
			const a = p.actors[item.a]!;
			title = a.name;
			subtitle = `${a.country ? countryLabel(this.lang, a.country) + ' · ' : ''}${lt(this.lang, 'tooltipLinks', { count: this.counts.actor[item.a] ?? 0 })}`;
		} else if (item.kind === 'arc') {
			title = `${this.countryName(item.arc.home)} → ${this.countryName(item.arc.country)}`;
			const names = [...new Set(item.arc.links.filter((l) => this.counts.link[l]).map((l) => p.links.company[l]!).map((co) => (co < 0 ? lt(this.lang, 'countryToCountry') : this.actorName(co))))];
			subtitle = `${typeLabel(this.lang, EVENT_TYPES[item.arc.type]!)} · ${names.slice(0, 4).join(', ')}${names.length > 4 ? ` +${names.length - 4}` : ''}`;
		} else {
			title = item.label;
			subtitle = lt(this.lang, 'tooltipLinks', { count: s.total });
		}
		return { title, subtitle, byType, dates };
	}

	/** Plain-text description, for the live region that follows keyboard focus. */
	announce(item: Item): string {
		const d = this.describe(item);
		return [d.title, d.subtitle, d.byType.map((b) => `${typeLabel(this.lang, b.type)} ${b.count}`).join(', '), d.dates ?? ''].filter(Boolean).join('. ');
	}

	/** The filter a click on an item sets: toggles a company or country, or both ends of a link. */
	filterFor(item: Item): Filter {
		const p = this.payload;
		const actors = new Set(this.selectedActors);
		const countries = new Set(this.selectedCountries);
		const toggle = (set: Set<string>, v: string) => (set.has(v) ? set.delete(v) : set.add(v));
		if (item.kind === 'country') toggle(countries, p.countries[item.c]!);
		else if (item.kind === 'actor') toggle(actors, p.actors[item.a]!.id);
		else {
			const links = item.kind === 'arc' ? item.arc.links.filter((l) => this.counts.link[l]) : item.links;
			const l = links[0];
			if (l !== undefined) {
				const co = p.links.company[l]!;
				if (co >= 0 && links.every((x) => p.links.company[x] === co)) actors.add(p.actors[co]!.id);
				else if (co < 0) countries.add(p.countries[p.links.home[l]!]!);
				countries.add(p.countries[p.links.country[l]!]!);
			}
		}
		return { actors: [...actors].sort(), countries: [...countries].sort() };
	}

	isSelected(item: Item): boolean {
		if (item.kind === 'country') return this.selectedCountries.includes(this.payload.countries[item.c]!);
		if (item.kind === 'actor') return this.selectedActors.includes(this.payload.actors[item.a]!.id);
		return false;
	}
}

export function setLinkView(view: LinkView): LinkView {
	return setContext(KEY, view);
}

export function getLinkView(): LinkView {
	return getContext<LinkView>(KEY);
}

export interface LinkViewProps {
	payload: LinksWire;
	lang: Lang;
	actors: string[];
	countries: string[];
}

/**
 * The LinkView of a map or network component, in its context and kept in step with its props.
 * The window is the URL's (`window`, in days; null: all time), except while the time scrubber
 * moves or plays: `scrub` shows its window live and, when it is let go (`commit`), hands it back
 * to the URL's. Two getters, so a new window does not decode the payload again.
 */
export function useLinkView(props: () => LinkViewProps, window: () => [number, number] | null): { view: LinkView; scrub: (window: [number, number] | null, commit: boolean) => void } {
	const view = setLinkView(new LinkView(decodeLinks(untrack(() => props().payload))));
	let live = $state.raw<[number, number] | null | undefined>(undefined);
	// A committed window is shown until the URL has it too (the URL changes a moment later):
	// dropping it at once would show the URL's old window in between, and count it again.
	let committedOver: [number, number] | null | undefined = undefined;
	$effect.pre(() => {
		const p = props();
		view.payload = decodeLinks(p.payload);
		view.lang = p.lang;
		view.selectedActors = p.actors;
		view.selectedCountries = p.countries;
	});
	$effect.pre(() => {
		const url = window();
		let shown = live;
		if (committedOver !== undefined && (url !== committedOver || sameWindow(url, shown))) {
			committedOver = undefined;
			shown = undefined;
			untrack(() => (live = undefined));
		}
		view.settledWindow = url;
		view.scrubbing = shown !== undefined;
		view.window = shown === undefined ? url : shown;
	});
	return {
		view,
		scrub: (scrubbed, commit) => {
			live = scrubbed;
			committedOver = commit ? untrack(window) : undefined;
		}
	};
}

function sameWindow(a: [number, number] | null | undefined, b: [number, number] | null | undefined): boolean {
	return a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);
}
