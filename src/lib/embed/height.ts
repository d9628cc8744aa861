/**
 * The messages an embed sends its parent with its height, so the parent can size the iframe to
 * the content: a JSON message for our own `static/embed.js`, and pym.js's string protocol for
 * pages that already use pym (`pymxPYMx` + id + `xPYMx` + type + `xPYMx` + message, where the id
 * is the `childId` pym adds to the iframe's URL).
 */
export const HEIGHT_TYPE = 'linimasa:height';
export const PING_TYPE = 'linimasa:ping';
const PYM = 'xPYMx';

export interface HeightMessage {
	type: typeof HEIGHT_TYPE;
	height: number;
	href: string;
}

export function heightMessage(height: number, href: string): HeightMessage {
	return { type: HEIGHT_TYPE, height: Math.ceil(height), href };
}

export function pymMessage(id: string, type: string, message: string): string {
	return `pymxPYMx${id}${PYM}${type}${PYM}${message}`;
}

export function pymHeightMessage(id: string, height: number): string {
	return pymMessage(id, 'height', String(Math.ceil(height)));
}

/**
 * A message from the parent asking for the height again: our script's ping (sent when it loads,
 * perhaps after the embed's first message), or pym's "width" message to this child.
 */
export function asksForHeight(data: unknown, childId: string | null): boolean {
	if (typeof data === 'string') return childId !== null && data.startsWith(pymMessage(childId, 'width', ''));
	return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PING_TYPE;
}
