// @ts-check
/**
 * Who may put a response in a frame, as plain JavaScript: the SvelteKit hook (framing.ts) and
 * scripts/serve.mjs, which gives the same headers to the static files SvelteKit never sees,
 * share it. Embeds (`/embed/...`) may be framed anywhere: `frame-ancestors *`. Everything else
 * only by this site and the origins an operator lists in LINIMASA_FRAME_ANCESTORS
 * (space-separated), with `X-Frame-Options: SAMEORIGIN` for browsers that predate CSP.
 */

/** `/embed` and everything under it, including its `__data.json` requests. */
export function isEmbedPath(/** @type {string} */ pathname) {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/** An origin as CSP writes it: scheme, host (optionally `*.` for subdomains) and port. */
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?$/i;

/**
 * The origins in LINIMASA_FRAME_ANCESTORS. Anything that is not an origin (a path, a quote, a
 * semicolon that would start another directive) is left out and reported, never passed on.
 * @param {string | undefined} value
 * @returns {{ origins: string[]; rejected: string[] }}
 */
export function parseFrameAncestors(value) {
	/** @type {string[]} */
	const origins = [];
	/** @type {string[]} */
	const rejected = [];
	for (const token of (value ?? '').split(/\s+/).filter(Boolean)) {
		const origin = token.replace(/\/$/, '');
		if (ORIGIN.test(origin)) {
			if (!origins.includes(origin.toLowerCase())) origins.push(origin.toLowerCase());
		} else rejected.push(token);
	}
	return { origins, rejected };
}

/**
 * The framing headers of a response to `pathname`.
 * @param {string} pathname
 * @param {readonly string[]} ancestors
 * @returns {Record<string, string>}
 */
export function frameHeaders(pathname, ancestors) {
	if (isEmbedPath(pathname)) return { 'content-security-policy': 'frame-ancestors *' };
	return {
		'content-security-policy': ["frame-ancestors 'self'", ...ancestors].join(' '),
		'x-frame-options': 'SAMEORIGIN'
	};
}
