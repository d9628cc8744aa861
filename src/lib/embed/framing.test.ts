import { describe, expect, it } from 'vitest';
import { frameHeaders, isEmbedPath, parseFrameAncestors, withFrameHeaders } from './framing';

describe('framing', () => {
	it('lets anyone frame embeds, and only this site (and listed origins) frame the rest', () => {
		expect(frameHeaders('/embed/timeline', [])).toEqual({ 'content-security-policy': 'frame-ancestors *' });
		expect(frameHeaders('/embed/event/x/__data.json', ['https://a.example'])).toEqual({ 'content-security-policy': 'frame-ancestors *' });
		expect(frameHeaders('/', [])).toEqual({ 'content-security-policy': "frame-ancestors 'self'", 'x-frame-options': 'SAMEORIGIN' });
		expect(frameHeaders('/events/x', ['https://a.example', 'http://localhost:8080'])['content-security-policy']).toBe(
			"frame-ancestors 'self' https://a.example http://localhost:8080"
		);
	});

	it('knows embed paths', () => {
		expect(isEmbedPath('/embed')).toBe(true);
		expect(isEmbedPath('/embed/timeline')).toBe(true);
		expect(isEmbedPath('/embedded')).toBe(false);
		expect(isEmbedPath('/export/events.csv')).toBe(false);
	});

	it('reads LINIMASA_FRAME_ANCESTORS and refuses anything that is not an origin', () => {
		expect(parseFrameAncestors(undefined)).toEqual({ origins: [], rejected: [] });
		expect(parseFrameAncestors('  https://News.example/ http://localhost:3000\nhttps://*.example.org https://news.example ')).toEqual({
			origins: ['https://news.example', 'http://localhost:3000', 'https://*.example.org'],
			rejected: []
		});
		const { origins, rejected } = parseFrameAncestors("https://ok.example; script-src * 'unsafe-inline' javascript:alert(1) * https://x.example/path");
		expect(origins).toEqual([]);
		expect(rejected).toEqual(['https://ok.example;', 'script-src', '*', "'unsafe-inline'", 'javascript:alert(1)', '*', 'https://x.example/path']);
	});

	it('sets the headers on a response, keeping its other CSP directives', () => {
		const response = withFrameHeaders(new Response('x', { headers: { 'content-security-policy': "default-src 'self'; frame-ancestors 'none'" } }), '/', []);
		expect(response.headers.get('content-security-policy')).toBe("default-src 'self'; frame-ancestors 'self'");
		expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
		const embed = withFrameHeaders(new Response('x', { headers: { 'x-frame-options': 'DENY' } }), '/embed/timeline', []);
		expect(embed.headers.get('x-frame-options')).toBeNull();
		expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *');
	});

	it('copies a response whose headers cannot be changed', async () => {
		const frozen = Response.redirect('http://localhost/x', 302);
		const response = withFrameHeaders(frozen, '/', ['https://a.example']);
		expect(response.status).toBe(302);
		expect(response.headers.get('location')).toBe('http://localhost/x');
		expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'self' https://a.example");
	});
});
