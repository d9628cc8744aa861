/** The name of a lane in the page's language: an actor, a country, a kind of actor or a type. */
import { countryLabel, t, typeLabel } from '$lib/i18n/messages';
import type { EventType } from '$lib/timeline/eventTypes';
import type { Grouping, Lang } from '$lib/timeline/urlState';

export const NO_LANE = '~none';

export function laneLabel(key: string, group: Grouping, lang: Lang, actorName: (id: string) => string | undefined): string {
	if (key === NO_LANE) return group === 'country' ? t(lang, 'lane_noCountry') : t(lang, 'lane_none');
	if (group === 'country') return countryLabel(lang, key);
	if (group === 'type') return typeLabel(lang, key as EventType);
	if (group === 'kind') return t(lang, `kind_${key}` as 'kind_company');
	return actorName(key) ?? key;
}
