import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './eventTypes';
import { GLYPHS } from './glyphs';

describe('GLYPHS', () => {
	it('gives every event type a look no other type shares', () => {
		const looks = EVENT_TYPES.map((t) => `${GLYPHS[t].color}/${GLYPHS[t].shape}`);
		expect(new Set(looks).size).toBe(EVENT_TYPES.length);
	});
});
