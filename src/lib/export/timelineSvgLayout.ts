/**
 * Where things go in the exported chart: a title line, the axis, the lanes (all, or the first
 * that fit the height asked for), and the source line under them. Pure, so the endpoint knows
 * the picture's size before drawing it (and can refuse a PNG too large to make).
 */
import { LANE } from '$lib/timeline/frame';
import { wrapText } from './timelineSvgText';

export const EXPORT_LAYOUT = {
	margin: 12,
	/** Lane labels beside the plot (as on screen, 13rem); below this width they ride over the lanes. */
	labelWidth: 208,
	narrowBelow: 600,
	headerHeight: 34,
	axisHeight: 40,
	titleSize: 14,
	labelSize: 13,
	countSize: 11.5,
	sourceSize: 11,
	sourceLineHeight: 15,
	/** Without a height, the chart is as tall as its lanes, up to this. */
	maxAutoHeight: 2400
} as const;

export interface ExportLayout {
	width: number;
	height: number;
	narrow: boolean;
	plotX: number;
	plotWidth: number;
	axisY: number;
	lanesY: number;
	/** Lanes drawn (the first `lanesShown` of `lanes`). */
	lanes: number;
	lanesShown: number;
	/** Height of the lanes area (one empty lane's worth when there are none). */
	lanesHeight: number;
	/** The source line, wrapped, and the baseline of its first line. */
	sourceLines: string[];
	sourceY: number;
}

export function exportLayout({ width, height, lanes, source }: { width: number; height: number | null; lanes: number; source: string }): ExportLayout {
	const L = EXPORT_LAYOUT;
	const narrow = width < L.narrowBelow;
	const plotX = L.margin + (narrow ? 0 : L.labelWidth);
	const plotWidth = width - plotX - L.margin;
	const sourceLines = wrapText(source, width - 2 * L.margin, L.sourceSize);
	const lanesY = L.headerHeight + L.axisHeight;
	const footer = 12 + sourceLines.length * L.sourceLineHeight + 6;
	const chrome = lanesY + footer;
	const room = Math.floor(((height ?? L.maxAutoHeight) - chrome) / LANE.height);
	const lanesShown = Math.max(0, Math.min(lanes, Math.max(1, room)));
	const lanesHeight = Math.max(1, lanesShown) * LANE.height;
	const total = height ?? chrome + lanesHeight;
	return {
		width,
		height: total,
		narrow,
		plotX,
		plotWidth,
		axisY: L.headerHeight,
		lanesY,
		lanes,
		lanesShown,
		lanesHeight,
		sourceLines,
		sourceY: total - footer + 12 + L.sourceSize
	};
}
