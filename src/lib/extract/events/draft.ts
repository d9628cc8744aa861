/** An event as extraction builds it, before it is merged with its other mentions and named. */
import type { ActorRole, DateBasis, EventStatus, EventType, Location, Source } from '$lib/schema/events';
import type { Wording } from './triggers';

export interface EventDraft {
	type: EventType;
	cameo: string;
	/** How titles word it (a block, a suspension, a blacklisting), when the text says. */
	wording?: Wording;
	status: EventStatus;
	/** Actor id -> role. */
	actors: Map<string, ActorRole>;
	/** Person id -> the organisation they spoke or acted for in this event. */
	affiliations: Map<string, string>;
	/** Countries taking part as such: markets entered, countries whose government acts. */
	countries: Set<string>;
	location: Location | null;
	/** A place named in the text outranks one guessed from where the host sits. */
	locationFromText?: boolean;
	date: string | null;
	dateBasis: DateBasis;
	duration: string | null;
	sources: Source[];
	confidence: number;
	/** Index of the sentence in its article where it was first told, and last referred to. */
	sentence: number;
	lastMentioned: number;
}

/** When accounts differ, the firmest wins: one source saying it happened outweighs a plan. */
export const STATUS_RANK: Record<EventStatus, number> = { occurred: 3, ongoing: 2, planned: 1 };

/** Event types that tell of the same happening: a summons is a meeting the government called. */
export function family(type: EventDraft['type']): string {
	return type === 'summons' ? 'meeting' : type;
}

export function cloneDraft(d: EventDraft): EventDraft {
	return {
		...d,
		actors: new Map(d.actors),
		affiliations: new Map(d.affiliations),
		countries: new Set(d.countries),
		location: d.location ? { ...d.location } : null,
		sources: d.sources.map((s) => ({ ...s }))
	};
}
