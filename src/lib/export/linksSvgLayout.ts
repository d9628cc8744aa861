/**
 * Where things go in an exported map or network: a heading, the plot, a legend of the event
 * types shown (wrapped into rows), a note on how to read the marks, and the source line. Pure,
 * so the endpoint knows the picture's size before drawing it.
 */
import { textWidth, wrapText } from './timelineSvgText';

export const LINKS_LAYOUT = {
	margin: 12,
	headerHeight: 34,
	titleSize: 14,
	legendSize: 11.5,
	legendRow: 18,
	swatch: 22,
	noteSize: 11,
	sourceSize: 11,
	lineHeight: 15,
	minPlot: 120
} as const;

export interface LegendEntry {
	x: number;
	y: number;
	label: string;
	color: string;
}

export interface LinksLayout {
	width: number;
	height: number;
	plotY: number;
	plotHeight: number;
	legend: LegendEntry[];
	noteLines: string[];
	/** Baselines of the first note line and the first source line. */
	noteY: number;
	sourceLines: string[];
	sourceY: number;
}

/** The plot is as tall as on screen for this width unless a height is asked for. */
export function linksLayout(o: { width: number; height: number | null; plotHeight: number; legend: { label: string; color: string }[]; note: string; source: string }): LinksLayout {
	const L = LINKS_LAYOUT;
	const inner = o.width - 2 * L.margin;
	const legend: LegendEntry[] = [];
	let x = 0;
	let row = 0;
	for (const item of o.legend) {
		const w = L.swatch + 5 + textWidth(item.label, L.legendSize) + 16;
		if (x > 0 && x + w > inner) {
			row++;
			x = 0;
		}
		legend.push({ x: L.margin + x, y: row * L.legendRow, label: item.label, color: item.color });
		x += w;
	}
	const legendHeight = legend.length ? (row + 1) * L.legendRow : 0;
	const noteLines = o.note ? wrapText(o.note, inner, L.noteSize) : [];
	const sourceLines = wrapText(o.source, inner, L.sourceSize);
	// Under the plot: a gap, the legend rows, then note and source lines (baselines 15 px apart).
	const textLines = noteLines.length + sourceLines.length;
	const footer = 10 + legendHeight + 4 + textLines * L.lineHeight + (noteLines.length ? 4 : 0) + 4;
	const plotHeight = Math.max(L.minPlot, o.height === null ? o.plotHeight : o.height - L.headerHeight - footer);
	// An asked-for height too small for the legend and a minimal plot grows to fit them.
	const height = Math.max(o.height ?? 0, L.headerHeight + plotHeight + footer);
	const legendY = L.headerHeight + plotHeight + 10;
	for (const e of legend) e.y += legendY;
	const noteY = legendY + legendHeight + 4 + L.noteSize;
	const sourceY = noteY + noteLines.length * L.lineHeight + (noteLines.length ? 4 : 0);
	return { width: o.width, height, plotY: L.headerHeight, plotHeight, legend, noteLines, noteY, sourceLines, sourceY };
}
