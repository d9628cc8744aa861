import { describe, expect, it } from 'vitest';
import { countWords, isSpace } from './chars';

describe('isSpace', () => {
	it('agrees with /\\s/ on every UTF-16 code unit', () => {
		const disagree: number[] = [];
		for (let code = 0; code <= 0xffff; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
		expect(disagree).toEqual([]);
	});
});

describe('countWords', () => {
	it.each([
		'Kominfo memblokir Telegram.',
		'one',
		'',
		'  leading and trailing  ',
		'tabs\tand\u00a0no-break\u3000spaces',
		'a\r\n\r\nb',
		'Selasa (1/8),   Durov datang'
	])('counts as split(/\\s+/) does: %j', (text) => {
		expect(countWords(text)).toBe(text.split(/\s+/).length);
	});
});
