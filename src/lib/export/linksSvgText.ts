/**
 * The plain-language description (the SVG's <desc>) of an exported map or network: what it
 * shows, for which period, the busiest countries or nodes and the event types.
 */
import { EVENT_TYPES } from '$lib/timeline/eventTypes';
import type { Lang } from '$lib/timeline/urlState';
import { formatDay } from '$lib/i18n/dates';
import { formatNumber, t, typeLabel } from '$lib/i18n/messages';
import { lt } from '$lib/i18n/linkMessages';

export interface LinksDescription {
	lang: Lang;
	chart: 'map' | 'network';
	links: number;
	events: number;
	/** Nodes of the network (unused for the map). */
	nodes: number;
	/** First and last day described (the window, or the links' own span); null when undated. */
	period: [number, number] | null;
	/** Busiest countries (map) or nodes (network), busiest first. */
	top: { name: string; count: number }[];
	/** Events per EVENT_TYPES index. */
	types: number[];
}

export function describeLinks(d: LinksDescription): string {
	const { lang } = d;
	const n = (x: number) => formatNumber(lang, x);
	if (d.links === 0) return lt(lang, 'noLinks');
	let text = d.chart === 'map'
		? lt(lang, 'exportMapDescription', { links: n(d.links), events: n(d.events) })
		: lt(lang, 'exportNetworkDescription', { nodes: n(d.nodes), links: n(d.links), events: n(d.events) });
	if (d.period) text += ` ${lt(lang, 'exportPeriod', { from: formatDay(d.period[0], lang), to: formatDay(d.period[1], lang) })}`;
	const top = d.top.slice(0, 3).map((x) => `${x.name} (${n(x.count)})`).join(', ');
	if (top) text += `. ${lt(lang, d.chart === 'map' ? 'exportTopCountries' : 'exportTopNodes', { list: top })}`;
	const types = EVENT_TYPES.map((type, k) => ({ type, count: d.types[k] ?? 0 }))
		.filter((x) => x.count > 0)
		.sort((a, b) => b.count - a.count || EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type));
	if (types.length) text += `. ${t(lang, 'exportTypes', { types: types.map((x) => `${typeLabel(lang, x.type).toLocaleLowerCase(lang)} ${n(x.count)}`).join(', ') })}`;
	return `${text}.`;
}
