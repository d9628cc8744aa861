import { describe, expect, it } from 'vitest';
import { t } from './messages';

describe('t', () => {
	it('fills placeholders and picks English singular or plural by the value', () => {
		expect(t('en', 'undatedCount', { count: 1 })).toBe('1 event without a usable date');
		expect(t('en', 'undatedCount', { count: '1,204' })).toBe('1,204 events without a usable date');
		expect(t('en', 'corpusSummary', { events: 1, articles: 5 })).toBe('1 event from 5 articles');
		expect(t('en', 'densityHint', { count: 1 })).toBe('1 event here: zoom in to see it');
		expect(t('en', 'matchedSummary', { matched: 1, events: 1 })).toBe('1 of 1 event matches');
	});
	it('leaves Indonesian, which does not inflect, as written', () => {
		expect(t('id', 'undatedCount', { count: 1 })).toBe('1 peristiwa tanpa tanggal yang dapat dipakai');
		expect(t('id', 'sourcesCount', { count: 3 })).toBe('3 sumber');
	});
	it('shows a missing value as its placeholder rather than "undefined"', () => {
		expect(t('en', 'sourcesCount')).toBe('{count} sources');
	});
});
