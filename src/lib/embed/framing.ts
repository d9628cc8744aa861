/**
 * Who may put our pages in a frame (the rules are in frameHeaders.js): the SvelteKit hook sets
 * them on every response it makes. Browsers that know `frame-ancestors` ignore X-Frame-Options.
 */

import { frameHeaders } from './frameHeaders.js';

export { frameHeaders, isEmbedPath, parseFrameAncestors } from './frameHeaders.js';

/**
 * The response with the framing headers set. A Content-Security-Policy the response already has
 * keeps its directives (its own frame-ancestors, if any, is replaced). Responses whose headers
 * are immutable (e.g. passed through from fetch) are copied.
 */
export function withFrameHeaders(response: Response, pathname: string, ancestors: readonly string[]): Response {
	const headers = frameHeaders(pathname, ancestors);
	const existing = response.headers.get('content-security-policy');
	if (existing) {
		const kept = existing
			.split(';')
			.map((d) => d.trim())
			.filter((d) => d && !/^frame-ancestors\b/i.test(d));
		headers['content-security-policy'] = [...kept, headers['content-security-policy']].join('; ');
	}
	try {
		for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
		if (!headers['x-frame-options']) response.headers.delete('x-frame-options');
		return response;
	} catch {
		const copy = new Response(response.body, { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) });
		return withFrameHeaders(copy, pathname, ancestors);
	}
}
