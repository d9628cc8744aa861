/**
 * The map's geometry: projection fitted to the container, zoom transform, projected country
 * shapes and points, where each company sits (a sunflower around its home country), and the arc
 * curves in screen pixels. d3 computes here, in $derived; the layers only draw. Hit-testing for
 * the pointer lives here too, so the canvas layers need no DOM of their own.
 */
import { getContext, setContext } from 'svelte';
import { geoContains, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { ZoomTransform } from 'd3-zoom';
import { COUNTRY_POINTS, POINT_ONLY } from '$lib/geo/points';
import type { CountryShape } from '$lib/geo/atlas';
import { arcShape, arcWidth, pointAt, sunflower, type ArcShape, type Point } from '$lib/links/geometry';
import { EVENT_TYPES } from '$lib/timeline/eventTypes';
import { GLYPHS } from '$lib/timeline/glyphs';
import { arcsOf, pairsInWindow, type Arc } from '$lib/links/aggregate';
import type { Item, LinkView } from './linkView.svelte';

const KEY = Symbol('link-map');
/** The hovered item's arcs drawn on top: one per type up to FOCUS_ARCS, else per pair (FOCUS_PAIRS busiest). */
export const FOCUS_ARCS = 300;
export const FOCUS_PAIRS = 200;

/** An arc as drawn (canvas or SVG): its curve, colour, stroke width and opacity. */
export interface ArcMark {
	arc: Arc;
	shape: ArcShape;
	color: string;
	width: number;
	alpha: number;
}

/** How strongly a country is shaded (the accent's opacity over the land) for n of max events. */
export function countryShade(n: number, max: number): number {
	return n > 0 ? 0.14 + 0.56 * Math.sqrt(n / Math.max(1, max)) : 0;
}

/** The map's height for a width: phones get a taller map (it starts zoomed to the countries with links). */
export function mapHeight(width: number): number {
	return Math.round(width < 600 ? Math.max(260, width * 0.7) : Math.max(260, Math.min(620, width * 0.5)));
}

export interface Transform {
	k: number;
	x: number;
	y: number;
}

export interface PerfRecord {
	firstRender: number | null;
	frames: number[];
	/** ms from laying the map out after a zoom gesture (at its end, or a drag held still) until the arcs are drawn again. */
	settles: number[];
}

/**
 * How far layers drawn at zoom `drawn` must move to sit where zoom `live` puts them: a point p of
 * the drawn layers goes to p * s + [tx, ty].
 */
export function driftOf(drawn: Transform, live: Transform): { s: number; tx: number; ty: number } {
	const s = live.k / drawn.k;
	return { s, tx: live.x - drawn.x * s, ty: live.y - drawn.y * s };
}

/** The drift as a CSS transform (transform-origin 0 0), or '' when the two zooms are the same. */
export function driftCss(drawn: Transform, live: Transform): string {
	if (drawn.k === live.k && drawn.x === live.x && drawn.y === live.y) return '';
	const { s, tx, ty } = driftOf(drawn, live);
	return `translate(${tx}px, ${ty}px) scale(${s})`;
}

export class MapChart {
	width = $state(0);
	height = $state(0);
	/**
	 * The zoom the geometry is laid out and drawn for. During a wheel, drag or pinch gesture it
	 * is held while `live` follows the pointer, and the layers are moved by a CSS transform
	 * (`drift`) instead of being laid out and drawn again on every event.
	 */
	transform = $state.raw<Transform>({ k: 1, x: 0, y: 0 });
	/** The zoom as d3-zoom last reported it. */
	live = $state.raw<Transform>(this.transform);
	/** The CSS transform of the drawn layers: from `transform` to `live`. */
	readonly drift = $derived(driftCss(this.transform, this.live));
	#gesturing = false;
	private settleTimer: ReturnType<typeof setTimeout> | undefined;
	private settleStarted: number | null = null;
	shapes = $state.raw<CountryShape[]>([]);
	/** Keyboard focus inside the map (drawn as a ring). */
	focused = $state.raw<Item | null>(null);
	theme = $state(0);

	readonly view: LinkView;

	constructor(view: LinkView) {
		this.view = view;
	}

	readonly projection: GeoProjection = $derived.by(() => {
		const land = this.shapes.filter((s) => s.code !== 'AQ').map((s) => s.feature);
		const p = geoEqualEarth();
		const w = Math.max(1, this.width);
		const h = Math.max(1, this.height);
		if (land.length) p.fitExtent([[6, 6], [w - 6, h - 6]], { type: 'FeatureCollection', features: land });
		else p.fitExtent([[6, 6], [w - 6, h - 6]], { type: 'Sphere' });
		return p;
	});

	readonly paths = $derived.by(() => {
		const path = geoPath(this.projection);
		return this.shapes.filter((s) => s.code !== 'AQ').map((s) => ({ code: s.code, name: s.name, d: path(s.feature) ?? '' }));
	});

	/** Unzoomed projected point of each payload country (null when unknown). */
	readonly basePoints: (Point | null)[] = $derived.by(() =>
		this.view.payload.countries.map((code) => {
			const ll = COUNTRY_POINTS[code];
			return ll ? (this.projection(ll) as Point | null) : null;
		})
	);

	screen = (p: Point): Point => [p[0] * this.transform.k + this.transform.x, p[1] * this.transform.k + this.transform.y];
	countryPoint(c: number): Point | null {
		const p = this.basePoints[c];
		return p ? this.screen(p) : null;
	}
	isPointOnly(code: string): boolean {
		return POINT_ONLY.has(code);
	}

	/** Companies in the window by home country, busiest first (independent of the zoom). */
	private readonly companiesByCountry = $derived.by(() => {
		const p = this.view.payload;
		const counts = this.view.counts;
		const home = new Map<number, number>();
		for (let l = 0; l < p.links.company.length; l++) {
			const co = p.links.company[l]!;
			if (co >= 0 && counts.link[l] && !home.has(co)) home.set(co, p.links.home[l]!);
		}
		const byCountry = new Map<number, number[]>();
		for (const [co, h] of home) {
			const list = byCountry.get(h) ?? [];
			list.push(co);
			byCountry.set(h, list);
		}
		for (const list of byCountry.values()) list.sort((a, b) => counts.actor[b]! - counts.actor[a]! || a - b);
		return byCountry;
	});

	/** Companies in the window around their home countries: actor index, position, radius. */
	readonly companies = $derived.by(() => {
		const actor: number[] = [];
		const x: number[] = [];
		const y: number[] = [];
		const r: number[] = [];
		const k = this.transform.k;
		for (const [h, list] of this.companiesByCountry) {
			const base = this.basePoints[h];
			if (!base) continue;
			const at = this.screen(base);
			const disc = 26 * Math.sqrt(k);
			const spacing = Math.max(1.4, Math.min(7, disc / Math.sqrt(list.length + 1)));
			const radius = Math.max(1.1, Math.min(4, spacing * 0.42));
			list.forEach((co, i) => {
				const [dx, dy] = sunflower(i + 1, spacing);
				actor.push(co);
				x.push(at[0] + dx);
				y.push(at[1] + dy);
				r.push(radius);
			});
		}
		return { actor, x, y, r };
	});

	/** Too many arcs to show one per type: the busiest country pairs are drawn instead. */
	readonly merged = $derived.by(() => this.view.merged);
	readonly baseArcs: Arc[] = $derived.by(() => this.view.arcs);

	/** Arcs to draw, with their curves in screen pixels; lanes fan out types between one pair. */
	readonly arcShapes: { arc: Arc; shape: ArcShape }[] = $derived.by(() => this.shapesOf(this.baseArcs));

	/** The hovered item's own arcs, one per type, drawn over the (dimmed) rest. */
	readonly focusShapes: { arc: Arc; shape: ArcShape }[] = $derived.by(() => {
		const lit = this.view.highlight;
		if (!lit) return [];
		const keep = (l: number) => lit.has(l);
		const typed = arcsOf(this.view.payload, this.view.counts, keep);
		// A busy country's own links are merged per pair too, or they would be a hairball.
		return this.shapesOf(typed.length > FOCUS_ARCS ? pairsInWindow(this.view.payload, this.view.counts, FOCUS_PAIRS, keep) : typed);
	});

	/**
	 * What the arc layer draws, in order (thin first, thick on top): every arc, or with something
	 * hovered the rest faint and its own arcs over them. The canvas and the SVG draw this list.
	 */
	readonly arcMarks: ArcMark[] = $derived.by(() => {
		const arcs = this.arcShapes;
		const focus = this.focusShapes;
		const merged = this.merged;
		const layers = this.view.highlight
			? [{ shapes: arcs, alpha: 0.07, max: merged ? (arcs[0]?.arc.count ?? 1) : this.view.maxArc }, { shapes: focus, alpha: 0.95, max: focus.reduce((m, a) => Math.max(m, a.arc.count), 1) }]
			: [{ shapes: arcs, alpha: merged ? 0.5 : 0.72, max: merged ? (arcs[0]?.arc.count ?? 1) : this.view.maxArc }];
		const out: ArcMark[] = [];
		for (const layer of layers) {
			const order = layer.shapes.map((_, i) => i).sort((a, b) => layer.shapes[a]!.arc.count - layer.shapes[b]!.arc.count || a - b);
			const widest = merged && layer.shapes === arcs ? 6 : 9;
			for (const i of order) {
				const { arc, shape } = layer.shapes[i]!;
				out.push({ arc, shape, color: GLYPHS[EVENT_TYPES[arc.type]!].color, width: arcWidth(arc.count, layer.max, 1, widest), alpha: layer.alpha });
			}
		}
		return out;
	});

	/** Companies with a highlighted link (null: nothing hovered, all drawn at full strength). */
	readonly litActors: Set<number> | null = $derived.by(() => {
		const highlight = this.view.highlight;
		if (!highlight) return null;
		const out = new Set<number>();
		for (const l of highlight) {
			const co = this.view.payload.links.company[l]!;
			if (co >= 0) out.add(co);
		}
		return out;
	});

	/** The zoom as export parameters: the scale and the [longitude, latitude] at the centre. */
	zoomQuery(): string {
		const t = this.live;
		const ll = this.projection.invert?.([(this.width / 2 - t.x) / t.k, (this.height / 2 - t.y) / t.k]);
		if (!ll || !Number.isFinite(ll[0]) || !Number.isFinite(ll[1])) return '';
		const f = (n: number, d: number) => String(Math.round(n * 10 ** d) / 10 ** d);
		return `zoom=${f(Math.min(40, Math.max(1, t.k)), 3)}&center=${f(Math.max(-180, Math.min(180, ll[0])), 4)},${f(Math.max(-90, Math.min(90, ll[1])), 4)}`;
	}

	/** The zoom that puts a [longitude, latitude] at the centre at scale k. */
	centredOn(center: [number, number], k: number): Transform {
		const at = this.projection(center) ?? [this.width / 2, this.height / 2];
		return { k, x: this.width / 2 - at[0] * k, y: this.height / 2 - at[1] * k };
	}

	/** The zoom that frames every country the links touch (whatever the window), or the world. */
	dataTransform(): Transform {
		let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
		const p = this.view.payload;
		for (let l = 0; l < p.links.home.length; l++) {
			for (const c of [p.links.home[l]!, p.links.country[l]!]) {
				const at = this.basePoints[c];
				if (!at) continue;
				x0 = Math.min(x0, at[0]); y0 = Math.min(y0, at[1]); x1 = Math.max(x1, at[0]); y1 = Math.max(y1, at[1]);
			}
		}
		const identity = { k: 1, x: 0, y: 0 };
		if (!Number.isFinite(x0)) return identity;
		const pad = 48;
		const k = Math.max(1, Math.min(6, (this.width - pad * 2) / Math.max(1, x1 - x0), (this.height - pad * 2) / Math.max(1, y1 - y0)));
		if (k < 1.15) return identity;
		return { k, x: this.width / 2 - ((x0 + x1) / 2) * k, y: this.height / 2 - ((y0 + y1) / 2) * k };
	}

	private shapesOf(arcs: Arc[]): { arc: Arc; shape: ArcShape }[] {
		const lanes = new Map<string, number>();
		const out: { arc: Arc; shape: ArcShape }[] = [];
		const head = Math.max(3.5, Math.min(6, 3 + Math.sqrt(this.transform.k)));
		for (const arc of arcs) {
			const a = this.countryPoint(arc.home);
			const b = this.countryPoint(arc.country);
			if (!a || !b) continue;
			const pair = `${arc.home}>${arc.country}`;
			const lane = lanes.get(pair) ?? 0;
			lanes.set(pair, lane + 1);
			out.push({ arc, shape: arcShape(a, b, lane, head) });
		}
		return out;
	}

	/** Sample points of each drawn arc, for hit-testing. */
	private readonly samples = $derived.by(() => {
		const pts = new Float32Array(this.arcShapes.length * 2 * 11);
		this.arcShapes.forEach(({ shape }, i) => {
			for (let s = 0; s <= 10; s++) {
				const [x, y] = pointAt(shape, 0.05 + (s / 10) * 0.9);
				pts[(i * 11 + s) * 2] = x;
				pts[(i * 11 + s) * 2 + 1] = y;
			}
		});
		return pts;
	});

	/** A point of the container in the laid-out geometry's pixels (they differ during a gesture). */
	toLayout(x: number, y: number): Point {
		const { s, tx, ty } = driftOf(this.transform, this.live);
		return [(x - tx) / s, (y - ty) / s];
	}
	/** A point of the laid-out geometry where it is on screen now. */
	fromLayout(p: Point): Point {
		const { s, tx, ty } = driftOf(this.transform, this.live);
		return [p[0] * s + tx, p[1] * s + ty];
	}

	/** What is under a point of the container: a company, a country's point, an arc, a country. */
	hit(cx: number, cy: number): Item | null {
		const [x, y] = this.toLayout(cx, cy);
		const c = this.companies;
		let best = -1;
		let bestD = Infinity;
		for (let i = 0; i < c.actor.length; i++) {
			const d = Math.hypot(c.x[i]! - x, c.y[i]! - y);
			if (d < Math.max(5, c.r[i]! + 2) && d < bestD) {
				best = i;
				bestD = d;
			}
		}
		if (best >= 0) return { kind: 'actor', a: c.actor[best]! };
		const counts = this.view.counts;
		for (let k = 0; k < this.basePoints.length; k++) {
			if (!counts.country[k]) continue;
			const p = this.countryPoint(k);
			if (p && Math.hypot(p[0] - x, p[1] - y) < 7) return { kind: 'country', c: k };
		}
		const pts = this.samples;
		best = -1;
		bestD = 6;
		for (let i = 0; i < pts.length / 2; i++) {
			const d = Math.hypot(pts[i * 2]! - x, pts[i * 2 + 1]! - y);
			if (d < bestD) {
				bestD = d;
				best = Math.floor(i / 11);
			}
		}
		if (best >= 0) return { kind: 'arc', arc: this.arcShapes[best]!.arc };
		const t = this.transform;
		const ll = this.projection.invert?.([(x - t.x) / t.k, (y - t.y) / t.k]);
		if (!ll) return null;
		for (const s of this.shapes) {
			if (!s.code) continue;
			const k = this.view.payload.countries.indexOf(s.code);
			if (k >= 0 && counts.country[k] && geoContains(s.feature, ll)) return { kind: 'country', c: k };
		}
		return null;
	}

	/** Where an item is on screen, for the tooltip. */
	position(item: Item): Point | null {
		const p = this.layoutPosition(item);
		return p && this.fromLayout(p);
	}

	/** Where an item is in the laid-out geometry (the focus ring, drawn in the moving layer). */
	layoutPosition(item: Item): Point | null {
		if (item.kind === 'country') return this.countryPoint(item.c);
		if (item.kind === 'actor') {
			const i = this.companies.actor.indexOf(item.a);
			return i < 0 ? null : [this.companies.x[i]!, this.companies.y[i]!];
		}
		if (item.kind === 'arc') {
			const s = this.arcShapes.find((a) => a.arc.key === item.arc.key);
			return s ? pointAt(s.shape, 0.5) : null;
		}
		return null;
	}

	/** A new zoom: laid out at once, or during a gesture only moved (and laid out when it rests). */
	setTransform(t: ZoomTransform | Transform) {
		this.live = { k: t.k, x: t.x, y: t.y };
		if (!this.#gesturing) {
			this.transform = this.live;
			return;
		}
		// A drag held still is laid out too, so that it does not wait for the button's release.
		clearTimeout(this.settleTimer);
		this.settleTimer = setTimeout(() => this.settle(), 150);
	}
	/** A wheel, drag or pinch gesture started: nothing is hovered while it lasts. */
	startGesture() {
		this.#gesturing = true;
		this.view.hovered = null;
		this.view.pointer = null;
	}
	endGesture() {
		this.#gesturing = false;
		this.settle();
	}
	get gesturing(): boolean {
		return this.#gesturing;
	}
	/** Stops a pending layout (the map is going away). */
	dispose() {
		clearTimeout(this.settleTimer);
	}
	private settle() {
		clearTimeout(this.settleTimer);
		if (this.transform === this.live) return;
		this.settleStarted = performance.now();
		this.transform = this.live;
	}

	reportFrame(ms: number) {
		if (typeof window === 'undefined') return;
		const perf = ((window as unknown as { __linimasaMapPerf?: PerfRecord }).__linimasaMapPerf ??= { firstRender: null, frames: [], settles: [] });
		perf.frames.push(ms);
		if (this.settleStarted !== null) perf.settles.push(performance.now() - this.settleStarted);
		this.settleStarted = null;
		if (perf.frames.length > 2000) perf.frames.splice(0, perf.frames.length - 2000);
		if (perf.firstRender === null && this.width > 0 && this.shapes.length) perf.firstRender = performance.now();
	}
}

export function setMapChart(chart: MapChart): MapChart {
	return setContext(KEY, chart);
}
export function getMapChart(): MapChart {
	return getContext<MapChart>(KEY);
}
