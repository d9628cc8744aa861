/**
 * Arc shapes for the map, in screen coordinates: a quadratic curve bent to the left of the
 * direction of travel (so A->B and B->A do not overlap), fanned out by a lane number so different
 * event types between the same two countries sit side by side; a loop for a domestic link; and
 * an arrowhead at the counterpart end.
 */
export type Point = [number, number];

export interface ArcShape {
	/** Start, control and end points of the quadratic curve. */
	p0: Point;
	c: Point;
	p1: Point;
	/** Arrowhead triangle at the end. */
	head: [Point, Point, Point];
}

/** Curve from a to b; `lane` 0, 1, 2… bends further. Loops (a == b) rise above the point. */
export function arcShape(a: Point, b: Point, lane = 0, headSize = 6): ArcShape {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const length = Math.hypot(dx, dy);
	if (length < 1) {
		// A domestic link: a teardrop loop above the point.
		const r = 14 + lane * 5;
		const p0: Point = [a[0] - r * 0.35, a[1] - 2];
		const p1: Point = [a[0] + r * 0.35, a[1] - 2];
		const c: Point = [a[0], a[1] - r * 2.2];
		return { p0, c, p1, head: arrowHead(c, p1, headSize) };
	}
	// Left normal of the direction a -> b (screen y grows downwards).
	const nx = dy / length;
	const ny = -dx / length;
	const bend = length * (0.18 + 0.07 * lane);
	const c: Point = [(a[0] + b[0]) / 2 + nx * bend, (a[1] + b[1]) / 2 + ny * bend];
	return { p0: a, c, p1: b, head: arrowHead(c, b, headSize) };
}

/** Triangle pointing from `from` towards `tip`, its tip at `tip`. */
export function arrowHead(from: Point, tip: Point, size: number): [Point, Point, Point] {
	const dx = tip[0] - from[0];
	const dy = tip[1] - from[1];
	const l = Math.hypot(dx, dy) || 1;
	const ux = dx / l;
	const uy = dy / l;
	const base: Point = [tip[0] - ux * size * 1.6, tip[1] - uy * size * 1.6];
	return [tip, [base[0] - uy * size * 0.7, base[1] + ux * size * 0.7], [base[0] + uy * size * 0.7, base[1] - ux * size * 0.7]];
}

/** SVG path data for an arc (the curve only). */
export function arcPath(s: ArcShape): string {
	const f = (n: number) => Math.round(n * 10) / 10;
	return `M${f(s.p0[0])},${f(s.p0[1])}Q${f(s.c[0])},${f(s.c[1])} ${f(s.p1[0])},${f(s.p1[1])}`;
}

export function headPath(s: ArcShape): string {
	const f = (n: number) => Math.round(n * 10) / 10;
	const [a, b, c] = s.head;
	return `M${f(a[0])},${f(a[1])}L${f(b[0])},${f(b[1])}L${f(c[0])},${f(c[1])}Z`;
}

/** Point on the curve at t (0..1). */
export function pointAt(s: ArcShape, t: number): Point {
	const u = 1 - t;
	return [u * u * s.p0[0] + 2 * u * t * s.c[0] + t * t * s.p1[0], u * u * s.p0[1] + 2 * u * t * s.c[1] + t * t * s.p1[1]];
}

/**
 * Where the k-th of n companies of one country sits, around the country's point: a sunflower
 * (Vogel) spiral, so any number of companies fills a disc evenly without overlapping.
 */
export function sunflower(k: number, spacing: number): Point {
	if (k === 0) return [0, 0];
	const r = spacing * Math.sqrt(k + 0.5);
	const theta = k * 2.399963229728653; // golden angle
	return [r * Math.cos(theta), r * Math.sin(theta)];
}

/** Stroke width for an arc carrying `count` events, given the largest count shown. */
export function arcWidth(count: number, max: number, min = 1.25, widest = 9): number {
	if (max <= 1) return min + 0.75;
	return min + (widest - min) * Math.sqrt((count - 1) / (max - 1));
}
