/**
 * Drawing a frame. One d3 symbol generator serves both renderers: with a canvas context it draws
 * (the dashboard, when there are many marks), without one it returns SVG path data (few marks,
 * the exported chart, the server-rendered page).
 */
import { symbol } from 'd3-shape';
import { EVENT_TYPES } from './eventTypes';
import { GLYPHS } from './glyphs';
import { FLAG } from './span';
import { LANE, type LaneFrame, type Mark, type TimelineModel } from './frame';
import { densityStrip, paintDensity } from './density';

/** Glyph area in px²: a circle of about 11 px across. */
export const GLYPH_AREA = 90;

const pathCache = new Map<string, string>();

/** SVG path data of an event type's glyph, centred on 0,0. */
export function glyphPath(type: number, area = GLYPH_AREA): string {
	const key = `${type}/${area}`;
	let d = pathCache.get(key);
	if (!d) {
		d = symbol(GLYPHS[EVENT_TYPES[type]!].symbol, area)()!;
		pathCache.set(key, d);
	}
	return d;
}

export function glyphColor(type: number): string {
	return GLYPHS[EVENT_TYPES[type]!].color;
}

/** Vertical centre of a glyph row within its lane. */
export function rowY(row: number): number {
	return 10 + row * LANE.rowHeight + LANE.rowHeight / 2;
}

export interface Colors {
	fg: string;
	muted: string;
	background: string;
	density: string;
	focus: string;
}

export interface CanvasTarget {
	ctx: CanvasRenderingContext2D;
	/** Top of a lane in canvas CSS pixels. */
	laneTop: (lane: number) => number;
	colors: Colors;
	highlight: number | null;
	/** Index of the selected event in the columns, if it is among them. */
	selected: number | null;
}

const generator = symbol();

export function drawFrame(target: CanvasTarget, frames: LaneFrame[], model: TimelineModel, width: number) {
	const { ctx } = target;
	for (const frame of frames) {
		const top = target.laneTop(frame.lane);
		if (frame.mode === 'density') paintDensity(ctx, densityStrip(frame, top, width), target.colors);
		else for (const mark of frame.marks) drawMark(target, model, mark, top);
	}
}


function drawMark(target: CanvasTarget, model: TimelineModel, mark: Mark, top: number) {
	const { ctx, colors } = target;
	const type = model.columns.type[mark.event]!;
	const flags = model.columns.flags[mark.event]!;
	const color = glyphColor(type);
	const y = top + rowY(mark.row);
	// The bar under the glyph: the days the date covers, fading out on an open side.
	if (mark.x1 - mark.x0 > 1 || mark.openStart || mark.openEnd) {
		const x0 = mark.openStart ? mark.x - LANE.openTail : mark.x0;
		const x1 = mark.openEnd ? mark.x + LANE.openTail : mark.x1;
		if (mark.openStart || mark.openEnd) {
			const gradient = ctx.createLinearGradient(x0, 0, x1, 0);
			gradient.addColorStop(0, mark.openStart ? 'transparent' : color);
			gradient.addColorStop(1, mark.openEnd ? 'transparent' : color);
			ctx.fillStyle = gradient;
		} else ctx.fillStyle = color;
		ctx.globalAlpha = flags & (FLAG.approximate | FLAG.uncertain) ? 0.3 : 0.45;
		ctx.fillRect(x0, y - 2.5, Math.max(2, x1 - x0), 5);
		ctx.globalAlpha = 1;
	}
	ctx.save();
	ctx.translate(mark.x, y);
	ctx.beginPath();
	generator.type(GLYPHS[EVENT_TYPES[type]!].symbol).size(GLYPH_AREA).context(ctx)();
	const hollow = (flags & (FLAG.planned | FLAG.approximate | FLAG.uncertain)) !== 0;
	if (hollow) {
		ctx.fillStyle = colors.background;
		ctx.fill();
		ctx.setLineDash(flags & FLAG.planned ? [2, 2] : []);
	} else {
		ctx.fillStyle = color;
		ctx.fill();
	}
	ctx.lineWidth = 1.5;
	ctx.strokeStyle = hollow ? color : colors.background;
	ctx.stroke();
	ctx.setLineDash([]);
	if (flags & FLAG.multiSource) {
		// A ring: told by several sources.
		ctx.beginPath();
		ctx.arc(0, 0, 8.5, 0, Math.PI * 2);
		ctx.strokeStyle = color;
		ctx.lineWidth = 1;
		ctx.stroke();
	}
	if (target.highlight === mark.event || target.selected === mark.event) {
		ctx.beginPath();
		ctx.arc(0, 0, 11, 0, Math.PI * 2);
		ctx.strokeStyle = colors.focus;
		ctx.lineWidth = 2;
		ctx.stroke();
	}
	ctx.restore();
}
