import { describe, expect, it } from 'vitest';
import { asksForHeight, heightMessage, pymHeightMessage } from './height';

describe('embed height messages', () => {
	it('speaks pym.js: pymxPYMx + id + xPYMx + height + xPYMx + pixels', () => {
		expect(pymHeightMessage('example', 480)).toBe('pymxPYMxexamplexPYMxheightxPYMx480');
		expect(pymHeightMessage('a-1', 480.2)).toBe('pymxPYMxa-1xPYMxheightxPYMx481');
	});

	it('sends a JSON message with the height and the embed address', () => {
		expect(heightMessage(300.4, 'http://x/embed/timeline')).toEqual({ type: 'linimasa:height', height: 301, href: 'http://x/embed/timeline' });
	});

	it("answers our script's ping and pym's width message for this child only", () => {
		expect(asksForHeight({ type: 'linimasa:ping' }, null)).toBe(true);
		expect(asksForHeight({ type: 'other' }, null)).toBe(false);
		expect(asksForHeight(null, null)).toBe(false);
		expect(asksForHeight('pymxPYMxc1xPYMxwidthxPYMx640', 'c1')).toBe(true);
		expect(asksForHeight('pymxPYMxc2xPYMxwidthxPYMx640', 'c1')).toBe(false);
		expect(asksForHeight('pymxPYMxc1xPYMxwidthxPYMx640', null)).toBe(false);
	});
});
