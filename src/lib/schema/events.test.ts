import { describe, expect, it } from 'vitest';
import { ArticleMeta, EdtfString, eventsJsonSchema } from './events';

describe('EdtfString', () => {
	it.each(['2017-08-01', '2017-08', '2017-07-31/2017-08-05', '2019-05~', '../2017-08-01', 'XXXX-05'])(
		'accepts %s',
		(value) => expect(EdtfString.safeParse(value).success).toBe(true)
	);
	it.each(['2017-13-01', '1 Agustus 2017', 'yesterday', ''])('rejects %s', (value) =>
		expect(EdtfString.safeParse(value).success).toBe(false)
	);
});

describe('eventsJsonSchema', () => {
	it('describes the top-level properties of an events file', () => {
		const schema = eventsJsonSchema() as { properties: Record<string, unknown>; required: string[] };
		expect(Object.keys(schema.properties)).toEqual(
			expect.arrayContaining(['articles', 'actors', 'events', 'rejected'])
		);
		expect(schema.required).toContain('events');
	});
});

describe('ArticleMeta.url', () => {
	it('takes web addresses only, so a "javascript:" link can never reach the reader', () => {
		expect(ArticleMeta.safeParse({ url: 'https://inet.detik.com/x' }).success).toBe(true);
		expect(ArticleMeta.safeParse({ url: 'http://example.com/a?b=c' }).success).toBe(true);
		expect(ArticleMeta.safeParse({ url: 'javascript:alert(1)' }).success).toBe(false);
		expect(ArticleMeta.safeParse({ url: 'data:text/html,<script>1</script>' }).success).toBe(false);
		expect(ArticleMeta.safeParse({ url: ' https://x.com' }).success).toBe(false);
	});
});
