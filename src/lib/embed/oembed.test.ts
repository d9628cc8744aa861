import { describe, expect, it } from 'vitest';
import { buildOEmbed, embedPath, embedTargetOf, escapeHtml, isProblem, parseOEmbedQuery, type EmbedTarget, type OEmbedProblem } from './oembed';
import { DEFAULT_STATE } from '$lib/timeline/urlState';

const ORIGIN = 'http://localhost:3000';
const query = (q: Record<string, string>) => parseOEmbedQuery(new URLSearchParams(q), ORIGIN);
const status = (value: object) => (isProblem(value as OEmbedProblem) ? (value as OEmbedProblem).status : 200);

describe('oEmbed query', () => {
	it('reads url, maxwidth and maxheight', () => {
		const q = query({ url: 'http://localhost:3000/?type=ban', maxwidth: '600', maxheight: '400', format: 'json' });
		expect(isProblem(q)).toBe(false);
		if (isProblem(q)) return;
		expect(q.url.href).toBe('http://localhost:3000/?type=ban');
		expect([q.maxwidth, q.maxheight]).toEqual([600, 400]);
		const relative = query({ url: '/events/abc' });
		expect(!isProblem(relative) && relative.url.href).toBe('http://localhost:3000/events/abc');
		// The same host over https (behind a proxy that terminates TLS) is this server too.
		expect(status(query({ url: 'https://localhost:3000/' }))).toBe(200);
	});

	it('answers 400 naming the parameter for a missing or broken url and absurd sizes', () => {
		const cases: [Record<string, string>, string][] = [
			[{}, 'url'],
			[{ url: '  ' }, 'url'],
			[{ url: 'not a url' }, 'url'],
			[{ url: 'javascript:alert(1)' }, 'url'],
			[{ url: '/', maxwidth: '-5' }, 'maxwidth'],
			[{ url: '/', maxwidth: '0' }, 'maxwidth'],
			[{ url: '/', maxwidth: '99999999' }, 'maxwidth'],
			[{ url: '/', maxwidth: '12.5' }, 'maxwidth'],
			[{ url: '/', maxheight: 'tall' }, 'maxheight']
		];
		for (const [q, param] of cases) {
			const result = query(q);
			expect(isProblem(result) && result.status, JSON.stringify(q)).toBe(400);
			expect(isProblem(result) && result.message).toContain(`Parameter "${param}"`);
		}
		const twice = parseOEmbedQuery(new URLSearchParams('url=/&url=/events/x'), ORIGIN);
		expect(isProblem(twice) && twice.status).toBe(400);
	});

	it('404s another server and 501s formats other than json', () => {
		expect(status(query({ url: 'https://evil.example/' }))).toBe(404);
		expect(status(query({ url: 'http://localhost:3001/' }))).toBe(404);
		expect(status(query({ url: '//evil.example/' }))).toBe(400);
		expect(status(query({ url: '/', format: 'xml' }))).toBe(501);
		expect(status(query({ url: '/', format: 'yaml' }))).toBe(501);
	});
});

describe('oEmbed targets', () => {
	const target = (href: string) => embedTargetOf(new URL(href, ORIGIN));
	it('maps the dashboard to the timeline embed with the same view', () => {
		const t = target('/?type=meeting,ban&q=Durov&start=2017-07-01&end=2017-09-30&childId=x');
		expect(isProblem(t)).toBe(false);
		expect(embedPath(t as EmbedTarget)).toBe('/embed/timeline?type=ban%2Cmeeting&q=Durov&start=2017-07-01&end=2017-09-30');
		expect(embedPath(target('/embed/timeline') as EmbedTarget)).toBe('/embed/timeline');
	});

	it('maps event pages to the event embed', () => {
		expect(embedPath(target('/events/2017-08-01-meeting-x?lang=id') as EmbedTarget)).toBe('/embed/event/2017-08-01-meeting-x?lang=id');
		expect(embedPath(target('/embed/event/a.b_c/') as EmbedTarget)).toBe('/embed/event/a.b_c');
		expect(target('/events/%E0%A4%A')).toMatchObject({ status: 400 });
	});

	it('refuses other pages (404) and views the dashboard would refuse (400)', () => {
		expect(target('/articles/x')).toMatchObject({ status: 404 });
		expect(target('/api/events')).toMatchObject({ status: 404 });
		expect(target('/events/a/b')).toMatchObject({ status: 404 });
		const bad = target('/?type=party');
		expect(bad).toMatchObject({ status: 400 });
		expect((bad as OEmbedProblem).message).toMatch(/Parameter "url".*"type"/);
	});
});

describe('oEmbed response', () => {
	const timeline: EmbedTarget = { kind: 'timeline', state: { ...DEFAULT_STATE, q: '"><img src=x onerror=alert(1)>' } };
	it('is a rich 1.0 response whose html is an iframe of the embed and the sizing script', () => {
		const r = buildOEmbed({ origin: ORIGIN, target: timeline, title: 'Linimasa: timeline', maxwidth: null, maxheight: null });
		expect(r).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Linimasa', provider_url: `${ORIGIN}/`, width: 960, height: 700, title: 'Linimasa: timeline' });
		expect(r.html).toMatch(/^<iframe src="http:\/\/localhost:3000\/embed\/timeline\?q=[^"]*" title="Linimasa: timeline" width="960" height="700" loading="lazy"[^>]*><\/iframe><script src="http:\/\/localhost:3000\/embed\.js" async><\/script>$/);
		expect(r.html).not.toContain('<img');
	});

	it('honours maxwidth and maxheight', () => {
		const r = buildOEmbed({ origin: ORIGIN, target: { kind: 'event', id: 'x', lang: 'en', theme: null }, title: 't', maxwidth: 300, maxheight: 2000 });
		expect([r.width, r.height]).toEqual([300, 760]);
		expect(r.html).toContain('width="300" height="760" data-max-height="2000"');
		const small = buildOEmbed({ origin: ORIGIN, target: timeline, title: 't', maxwidth: 2000, maxheight: 200 });
		expect([small.width, small.height]).toEqual([960, 200]);
	});

	it('escapes the title and the address', () => {
		const title = '<script>window.__xss=1</script> "><img src=x onerror="window.__xss=1"> \'';
		const r = buildOEmbed({ origin: ORIGIN, target: { kind: 'event', id: 'a"b', lang: 'en', theme: null }, title, maxwidth: null, maxheight: null });
		expect(r.title).toBe(title);
		expect(r.html).toContain('title="&lt;script&gt;window.__xss=1&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt; &#39;"');
		expect(r.html).toContain('src="http://localhost:3000/embed/event/a%22b"');
		expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
	});
});

describe('the map and network pages', () => {
	it('embed as /embed/map and /embed/network with the same filters', () => {
		for (const kind of ['map', 'network'] as const) {
			const target = embedTargetOf(new URL(`https://linimasa.example/${kind}?country=CN&start=2019-01-01&end=2019-12-31`));
			expect(isProblem(target)).toBe(false);
			expect(embedPath(target as Exclude<typeof target, { status: number }>)).toBe(`/embed/${kind}?country=CN&start=2019-01-01&end=2019-12-31`);
		}
	});
});
