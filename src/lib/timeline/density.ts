/**
 * The geometry of a density strip (a crowded lane drawn as counts per few pixels), shared by the
 * canvas on screen and the SVG export: both paint exactly these cells and labels.
 */
import { LANE, type LaneFrame } from './frame';

export interface DensityCell {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Square-root scale: one event stays visible beside a hundred. */
	opacity: number;
}

export interface DensityLabel {
	/** Left end of the text, and its vertical middle. */
	x: number;
	y: number;
	text: string;
}

/** Font of the counts beside the clusters (canvas shorthand; the SVG uses the same size and weight). */
export const DENSITY_FONT = { size: 11, weight: 600 } as const;

/** Cells and count labels of one lane's density strip, the lane's top at `top`. */
export function densityStrip(frame: Extract<LaneFrame, { mode: 'density' }>, top: number, width: number): { cells: DensityCell[]; labels: DensityLabel[] } {
	const y = top + 12;
	const height = LANE.height - 24;
	const cells: DensityCell[] = [];
	for (let b = 0; b < frame.bins.length; b++) {
		const count = frame.bins[b]!;
		if (!count) continue;
		cells.push({ x: b * LANE.binPx, y, width: Math.min(LANE.binPx, width - b * LANE.binPx) - 0.5, height, opacity: 0.2 + 0.8 * Math.sqrt(count / frame.max) });
	}
	// A few separate clusters get their counts written beside them: "5" says more than a bar.
	const labels: DensityLabel[] = [];
	const runs = densityRuns(frame.bins);
	if (runs.length <= 40) for (const run of runs) if (run.count > 1) labels.push({ x: run.end * LANE.binPx + 3, y: y + height / 2, text: String(run.count) });
	return { cells, labels };
}

/** Paints a strip on a canvas in the given colours. */
export function paintDensity(ctx: CanvasRenderingContext2D, strip: ReturnType<typeof densityStrip>, colors: { density: string; fg: string }) {
	ctx.fillStyle = colors.density;
	for (const c of strip.cells) {
		ctx.globalAlpha = c.opacity;
		ctx.fillRect(c.x, c.y, c.width, c.height);
	}
	ctx.globalAlpha = 1;
	if (!strip.labels.length) return;
	ctx.fillStyle = colors.fg;
	ctx.font = `${DENSITY_FONT.weight} ${DENSITY_FONT.size}px system-ui, sans-serif`;
	ctx.textBaseline = 'middle';
	for (const l of strip.labels) ctx.fillText(l.text, l.x, l.y);
}

/** Consecutive non-empty bins, with their total count. */
export function densityRuns(bins: Uint32Array): { start: number; end: number; count: number }[] {
	const runs: { start: number; end: number; count: number }[] = [];
	for (let b = 0; b < bins.length; b++) {
		if (!bins[b]) continue;
		const start = b;
		let count = 0;
		while (b < bins.length && bins[b]) count += bins[b++]!;
		runs.push({ start, end: b, count });
	}
	return runs;
}
