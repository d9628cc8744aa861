/**
 * Who may put our pages in a frame. Embeds (`/embed/...`) are made to be framed anywhere:
 * `frame-ancestors *`. Every other response may be framed only by this site and the origins an
 * operator lists in LINIMASA_FRAME_ANCESTORS (space-separated), with `X-Frame-Options: SAMEORIGIN`
 * for browsers that predate CSP (browsers that know `frame-ancestors` ignore X-Frame-Options).
 */

/** `/embed` and everything under it, including its `__data.json` requests. */
export function isEmbedPath(pathname: string): boolean {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/** An origin as CSP writes it: scheme, host (optionally `*.` for subdomains) and port. */
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?$/i;

/**
 * The origins in LINIMASA_FRAME_ANCESTORS. Anything that is not an origin (a path, a quote, a
 * semicolon that would start another directive) is left out and reported, never passed on.
 */
export function parseFrameAncestors(value: string | undefined): { origins: string[]; rejected: string[] } {
	const origins: string[] = [];
	const rejected: string[] = [];
	for (const token of (value ?? '').split(/\s+/).filter(Boolean)) {
		const origin = token.replace(/\/$/, '');
		if (ORIGIN.test(origin)) {
			if (!origins.includes(origin.toLowerCase())) origins.push(origin.toLowerCase());
		} else rejected.push(token);
	}
	return { origins, rejected };
}

/** The framing headers of a response to `pathname`. */
export function frameHeaders(pathname: string, ancestors: readonly string[]): Record<string, string> {
	if (isEmbedPath(pathname)) return { 'content-security-policy': 'frame-ancestors *' };
	return {
		'content-security-policy': ["frame-ancestors 'self'", ...ancestors].join(' '),
		'x-frame-options': 'SAMEORIGIN'
	};
}

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
