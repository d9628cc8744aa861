/**
 * How each event type looks: a colour from the Okabe–Ito palette (distinguishable with the common
 * colour-vision deficiencies) and a d3 symbol, so that no two types share both. Families share a
 * colour (talks and agreements are green, sanctions vermillion); shapes tell them apart.
 */
import { symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { EventType } from './eventTypes';

export const PALETTE = {
	blue: '#0072B2',
	green: '#009E73',
	orange: '#E69F00',
	purple: '#CC79A7',
	vermillion: '#D55E00',
	sky: '#56B4E9'
} as const;

export interface Glyph {
	color: string;
	symbol: SymbolType;
	shape: 'circle' | 'cross' | 'diamond' | 'square' | 'star' | 'triangle' | 'wye';
}

const g = (color: keyof typeof PALETTE, shape: Glyph['shape']): Glyph => ({
	color: PALETTE[color],
	shape,
	symbol: { circle: symbolCircle, cross: symbolCross, diamond: symbolDiamond, square: symbolSquare, star: symbolStar, triangle: symbolTriangle, wye: symbolWye }[shape]
});

export const GLYPHS: Record<EventType, Glyph> = {
	meeting: g('blue', 'circle'),
	summons: g('blue', 'wye'),
	negotiation: g('green', 'diamond'),
	agreement: g('green', 'square'),
	cooperation: g('green', 'star'),
	expansion: g('orange', 'triangle'),
	acquisition: g('orange', 'square'),
	investigation: g('purple', 'diamond'),
	accusation: g('purple', 'wye'),
	advisory: g('purple', 'circle'),
	ban: g('vermillion', 'cross'),
	'ban-lifted': g('sky', 'cross'),
	fine: g('vermillion', 'square'),
	lawsuit: g('vermillion', 'triangle')
};
