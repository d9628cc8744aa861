/**
 * Event types as the browser needs them, without the schema's validation code: the list is
 * checked against the schema's in a test, so the two cannot drift apart.
 */
export const EVENT_TYPES = [
	'meeting',
	'summons',
	'negotiation',
	'agreement',
	'cooperation',
	'expansion',
	'acquisition',
	'investigation',
	'accusation',
	'advisory',
	'ban',
	'ban-lifted',
	'fine',
	'lawsuit'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
