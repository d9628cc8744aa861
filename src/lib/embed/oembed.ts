/**
 * oEmbed 1.0 (https://oembed.com): a consumer that has the address of a dashboard view or an
 * event page asks `/oembed?url=…` and gets a `rich` response whose html is an iframe of the
 * matching embed (`/` → `/embed/timeline` with the same filters, `/events/ID` → `/embed/event/ID`)
 * and the script that sizes it to its content. Pure: the endpoint supplies the corpus lookups.
 */
import { encodeViewState, parseViewState, type Lang, type Theme, type ViewState } from '$lib/timeline/urlState';

/** Sizes asked for with maxwidth/maxheight must lie in this range (pixels). */
export const SIZE_RANGE = { min: 50, max: 10_000 } as const;
/** What an embed takes up when the consumer leaves it to us. */
export const DEFAULT_SIZE = { timeline: { width: 960, height: 700 }, map: { width: 960, height: 760 }, network: { width: 960, height: 760 }, event: { width: 640, height: 760 } } as const;
const MAX_URL = 4_000;

export type EmbedTarget = { kind: 'timeline' | 'map' | 'network'; state: ViewState } | { kind: 'event'; id: string; lang: Lang; theme: Theme | null };

export interface OEmbedProblem {
	status: 400 | 404 | 501;
	message: string;
}

export interface OEmbedQuery {
	/** The page asked about, resolved against this server. */
	url: URL;
	maxwidth: number | null;
	maxheight: number | null;
}

const problem = (status: OEmbedProblem['status'], param: string, message: string): OEmbedProblem => ({ status, message: `Parameter "${param}": ${message}` });
const clip = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value);

/**
 * Reads the query. `url` may be absolute or a path on this server ("/events/ID"); a URL of
 * another host is a 404 (not ours to embed), as the oEmbed spec asks. Only JSON is served:
 * any other `format` is a 501.
 */
export function parseOEmbedQuery(params: URLSearchParams, serverOrigin: string): OEmbedQuery | OEmbedProblem {
	for (const name of ['url', 'maxwidth', 'maxheight', 'format']) {
		if (params.getAll(name).length > 1) return problem(400, name, 'given more than once; give it once');
	}
	const format = params.get('format');
	if (format !== null && format !== 'json') return problem(501, 'format', `"${clip(format)}" is not served; only format=json is`);

	const raw = params.get('url')?.trim();
	if (!raw) return problem(400, 'url', 'missing; give the address of a dashboard view or an event page');
	if (raw.length > MAX_URL) return problem(400, 'url', `${raw.length} characters; at most ${MAX_URL}`);
	let url: URL;
	try {
		url = raw.startsWith('/') && !raw.startsWith('//') ? new URL(raw, serverOrigin) : new URL(raw);
	} catch {
		return problem(400, 'url', `"${clip(raw)}" is not a URL`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return problem(400, 'url', `"${clip(raw)}" is not an http(s) URL`);
	if (url.host !== new URL(serverOrigin).host) return problem(404, 'url', `${url.origin} is not this server`);

	const sizes: Record<string, number | null> = {};
	for (const name of ['maxwidth', 'maxheight']) {
		const value = params.get(name)?.trim();
		if (!value) {
			sizes[name] = null;
			continue;
		}
		const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
		if (!(n >= SIZE_RANGE.min && n <= SIZE_RANGE.max)) return problem(400, name, `"${clip(value)}" is not a whole number of pixels from ${SIZE_RANGE.min} to ${SIZE_RANGE.max}`);
		sizes[name] = n;
	}
	return { url, maxwidth: sizes.maxwidth!, maxheight: sizes.maxheight! };
}

export function isProblem<T extends object>(value: T | OEmbedProblem): value is OEmbedProblem {
	return 'status' in value && 'message' in value;
}

/**
 * The embed for a page of this server: the dashboard (or the timeline embed itself) and event
 * pages (or the event embed). Another page is a 404; a view the dashboard would refuse is a 400.
 */
export function embedTargetOf(url: URL): EmbedTarget | OEmbedProblem {
	const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
	const { state, errors } = parseViewState(url.searchParams);
	if (errors.length) return problem(400, 'url', errors.map((e) => `its parameter "${e.param}": ${e.message}`).join('; '));
	if (path === '/' || path === '/embed/timeline') return { kind: 'timeline', state };
	if (path === '/map' || path === '/embed/map') return { kind: 'map', state };
	if (path === '/network' || path === '/embed/network') return { kind: 'network', state };
	const event = /^\/(?:events|embed\/event)\/([^/]+)$/.exec(path);
	if (event) {
		let id: string;
		try {
			id = decodeURIComponent(event[1]!);
		} catch {
			return problem(400, 'url', `"${clip(event[1]!)}" is not a well-formed event id`);
		}
		return { kind: 'event', id, lang: state.lang, theme: state.theme };
	}
	return problem(404, 'url', `${clip(url.pathname)} is not an embeddable page (the dashboard /, /map, /network or an event page /events/ID)`);
}

/** Path and query of the embed for a target. */
export function embedPath(target: EmbedTarget): string {
	if (target.kind !== 'event') {
		const query = encodeViewState(target.state);
		return `/embed/${target.kind}${query ? `?${query}` : ''}`;
	}
	const params = new URLSearchParams();
	if (target.lang !== 'en') params.set('lang', target.lang);
	if (target.theme) params.set('theme', target.theme);
	const query = params.toString();
	return `/embed/event/${encodeURIComponent(target.id)}${query ? `?${query}` : ''}`;
}

/** Text as HTML: safe in element content and in double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface OEmbedResponse {
	version: '1.0';
	type: 'rich';
	provider_name: 'Linimasa';
	provider_url: string;
	title: string;
	html: string;
	width: number;
	height: number;
}

/**
 * The response: the iframe (full width up to `width`, `height` tall until the script sizes it to
 * its content, never taller than maxheight) and the sizing script. Both sizes honour the maxima.
 */
export function buildOEmbed(options: { origin: string; target: EmbedTarget; title: string; maxwidth: number | null; maxheight: number | null }): OEmbedResponse {
	const { origin, target, title, maxwidth, maxheight } = options;
	const size = DEFAULT_SIZE[target.kind];
	const width = Math.min(size.width, maxwidth ?? Infinity);
	const height = Math.min(size.height, maxheight ?? Infinity);
	const src = `${origin}${embedPath(target)}`;
	const limit = maxheight === null ? '' : ` data-max-height="${maxheight}"`;
	const html =
		`<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${height}"${limit} loading="lazy" style="border:0;width:100%;max-width:${width}px"></iframe>` +
		`<script src="${escapeHtml(origin)}/embed.js" async></script>`;
	return { version: '1.0', type: 'rich', provider_name: 'Linimasa', provider_url: `${origin}/`, title, html, width, height };
}
