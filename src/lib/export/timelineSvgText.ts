/**
 * Words and small pure pieces of the exported timeline (SVG and PNG): the plain-language
 * description, the source line, the file name, the theme's literal colours, and text fitting
 * (SVG has no ellipsis: labels are shortened by an estimate of their width).
 */
import { EVENT_TYPES } from '$lib/timeline/eventTypes';
import type { TimelineModel } from '$lib/timeline/frame';
import type { Grouping, Lang, Theme, ViewState } from '$lib/timeline/urlState';
import { formatDay } from '$lib/i18n/dates';
import { formatNumber, groupLabel, t, typeLabel } from '$lib/i18n/messages';
import { creditLine } from '$lib/embed/messages';

/** The CSS variables of app.css as literal values: a standalone file cannot read them. */
export interface ExportColors {
	bg: string;
	fg: string;
	muted: string;
	border: string;
	grid: string;
	stripe: string;
	density: string;
	focus: string;
	/** The map's land and the accent that shades countries and draws country points. */
	land: string;
	accent: string;
}

export const EXPORT_THEMES: Record<Theme, ExportColors> = {
	light: { bg: '#ffffff', fg: '#1b1f24', muted: '#5b6470', border: '#d0d5dc', grid: '#e8ebef', stripe: '#f6f7f9', density: '#0b5cad', focus: '#1a73e8', land: '#eef1f5', accent: '#0b5cad' },
	dark: { bg: '#14171b', fg: '#e6e9ed', muted: '#a1aab5', border: '#3a414a', grid: '#2a3037', stripe: '#181c21', density: '#6cb4ff', focus: '#8ab4f8', land: '#262b31', accent: '#6cb4ff' }
};

/** The same colours on screen, where they follow the theme: the components draw with either. */
export const CSS_COLORS: ExportColors = {
	bg: 'var(--bg)',
	fg: 'var(--fg)',
	muted: 'var(--muted)',
	border: 'var(--border)',
	grid: 'var(--grid)',
	stripe: 'var(--stripe)',
	density: 'var(--accent)',
	focus: 'var(--focus)',
	land: 'var(--chip)',
	accent: 'var(--accent)'
};

export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** Whether event k's days overlap the window [from, to) (days; an open side reaches as far as it must). */
export function overlapsView(model: Pick<TimelineModel, 'start' | 'end'>, k: number, view: readonly [number, number]): boolean {
	const s = model.start[k]!;
	const e = model.end[k]!;
	return (Number.isNaN(e) || e + 1 > view[0]) && (Number.isNaN(s) || s < view[1]);
}

export interface ViewSummary {
	/** Events (column indices) in the window. */
	events: number[];
	/** Events in the window per lane, and per type index. */
	lanes: number[];
	types: number[];
	/** First and last day the events in the window cover (null when none). */
	first: number | null;
	last: number | null;
}

export function summarizeView(model: TimelineModel, view: readonly [number, number]): ViewSummary {
	const inView = new Uint8Array(model.payload.count);
	const events: number[] = [];
	const types = EVENT_TYPES.map(() => 0);
	let first = Infinity;
	let last = -Infinity;
	for (let k = 0; k < model.payload.count; k++) {
		if (!overlapsView(model, k, view)) continue;
		inView[k] = 1;
		events.push(k);
		types[model.columns.type[k]!]!++;
		const s = model.start[k]!;
		const e = model.end[k]!;
		first = Math.min(first, Number.isNaN(s) ? model.anchor[k]! : s);
		last = Math.max(last, Number.isNaN(e) ? model.anchor[k]! : e);
	}
	const lanes = model.payload.lanes.map(() => 0);
	const { placementLane, placementEvent } = model.columns;
	for (let p = 0; p < placementLane.length; p++) if (inView[placementEvent[p]!]) lanes[placementLane[p]!]!++;
	return { events, lanes, types, first: events.length ? first : null, last: events.length ? last : null };
}

export interface Description {
	lang: Lang;
	group: Grouping;
	count: number;
	/** First and last day described (the window, or the events' own span). */
	from: number;
	to: number;
	lanes: number;
	/** The lane with the most events, by name. */
	top: { name: string; count: number } | null;
	/** Count per EVENT_TYPES index. */
	types: number[];
}

/**
 * "Timeline of 23 events from 31 July 2017 to 16 May 2019 in 12 lanes by company; most events:
 * Huawei Technologies (7). Types: meeting 5, ban or block 3." Types most frequent first.
 */
export function describeTimeline(d: Description): string {
	const { lang } = d;
	const lower = (s: string) => s.toLocaleLowerCase(lang);
	if (d.count === 0) return t(lang, 'exportNone');
	let text = t(lang, 'exportDescription', {
		count: formatNumber(lang, d.count),
		from: formatDay(d.from, lang),
		to: formatDay(d.to, lang),
		lanes: formatNumber(lang, d.lanes),
		group: lower(groupLabel(lang, d.group))
	});
	if (d.top && d.lanes > 1) text += `; ${t(lang, 'exportMost', { name: d.top.name, count: formatNumber(lang, d.top.count) })}`;
	const types = EVENT_TYPES.map((type, k) => ({ type, count: d.types[k] ?? 0 }))
		.filter((x) => x.count > 0)
		.sort((a, b) => b.count - a.count || EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type));
	if (types.length) text += `. ${t(lang, 'exportTypes', { types: types.map((x) => `${lower(typeLabel(lang, x.type))} ${formatNumber(lang, x.count)}`).join(', ') })}`;
	return `${text}.`;
}

/** "Source: Linimasa · 23 events from 5 articles · https://…/?type=ban" */
export function sourceLine(lang: Lang, events: number, articles: number, url: string): string {
	return `${t(lang, 'exportSource')}: ${creditLine(lang, events, articles)} · ${url}`;
}

/**
 * `linimasa-timeline-ban-meeting-id-2017-07-01-to-2019-06-01.svg`: the filters a reader would
 * recognise (types, countries, actors, the search, the window), in URL-safe lower case.
 */
export function timelineFilename(state: ViewState, ext: 'svg' | 'png', chart: 'timeline' | 'map' | 'network' = 'timeline'): string {
	const slug = (s: string) =>
		s
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '');
	const parts = [`linimasa-${chart}`];
	const list = (values: string[]) => {
		const sorted = [...values].sort().map(slug).filter(Boolean);
		return sorted.length > 3 ? [...sorted.slice(0, 3), `and-${sorted.length - 3}-more`] : sorted;
	};
	parts.push(...list(state.types), ...list(state.countries), ...list(state.actors));
	if (state.q) parts.push(slug(state.q).slice(0, 30));
	if (state.from || state.to) parts.push(`${state.from ?? 'start'}-to-${state.to ?? 'end'}`);
	if (state.start && state.end) parts.push(`${state.start}-to-${state.end}`);
	if (state.group !== 'company') parts.push(`by-${state.group}`);
	let name = parts.filter(Boolean).join('-').replace(/-+/g, '-');
	if (name.length > 120) name = name.slice(0, 120).replace(/-+$/, '');
	return `${name}.${ext}`;
}

/** Rough width of text in a sans-serif face: enough to shorten labels before they overflow. */
export function textWidth(text: string, size: number): number {
	let w = 0;
	for (const ch of text) w += /[ilI.,:;'|!1()[\]]/.test(ch) ? 0.3 : /[mwMW@]/.test(ch) ? 0.85 : /[A-Z0-9]/.test(ch) ? 0.66 : 0.55;
	return w * size;
}

/** The text, shortened with "…" to fit `width` px at `size`. */
export function fitText(text: string, width: number, size: number): string {
	if (textWidth(text, size) <= width) return text;
	const chars = [...text];
	while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, size) > width) chars.pop();
	return `${chars.join('').trimEnd()}…`;
}

/** Lines of at most `width` px: words kept whole where they fit, a long word (a URL) split. */
export function wrapText(text: string, width: number, size: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const next = line ? `${line} ${word}` : word;
		if (textWidth(next, size) <= width) {
			line = next;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		let rest = word;
		while (textWidth(rest, size) > width) {
			let cut = rest.length - 1;
			while (cut > 1 && textWidth(rest.slice(0, cut), size) > width) cut--;
			lines.push(rest.slice(0, cut));
			rest = rest.slice(cut);
		}
		line = rest;
	}
	if (line) lines.push(line);
	return lines;
}
