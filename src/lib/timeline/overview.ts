/**
 * The overview strip's histogram: events per column of a few pixels over the whole extent,
 * drawn as one SVG path (hundreds of <rect>s cost more to create than the counting itself).
 */

export interface OverviewBars {
	counts: Uint32Array;
	max: number;
	/** One closed rectangle per non-empty column, bars standing on `baseline`. */
	path: string;
}

/**
 * `anchors` are event days; columns are `columnPx` wide (bars one pixel narrower) across `width`;
 * the tallest bar is `maxHeight` high. Indexed loops, not iterators: this runs once, cold, on the
 * first render of 100,000 events.
 */
export function overviewBars(anchors: ArrayLike<number>, extent: [number, number], width: number, columnPx: number, baseline: number, maxHeight: number): OverviewBars {
	const columns = Math.max(1, Math.floor(width / columnPx));
	const counts = new Uint32Array(columns);
	const [e0, e1] = extent;
	const scale = columns / (e1 - e0);
	for (let k = 0; k < anchors.length; k++) {
		const c = Math.floor((anchors[k]! - e0) * scale);
		if (c >= 0 && c < columns) counts[c]!++;
	}
	let max = 1;
	for (let c = 0; c < columns; c++) if (counts[c]! > max) max = counts[c]!;
	const round = (v: number) => Math.round(v * 100) / 100;
	let path = '';
	for (let c = 0; c < columns; c++) {
		const count = counts[c]!;
		if (!count) continue;
		const h = round((count / max) * maxHeight);
		path += `M${c * columnPx} ${round(baseline - h)}h${columnPx - 1}v${h}h${1 - columnPx}Z`;
	}
	return { counts, max, path };
}
