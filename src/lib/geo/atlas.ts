/**
 * The world map the browser draws: world-atlas 110m countries, loaded on demand (a separate
 * chunk, so the dashboard's bundle does not carry it), each shape tagged with its alpha-2 code.
 */
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ATLAS_ID_TO_ALPHA2 } from './points';

export interface CountryShape {
	/** Alpha-2 code, or null for shapes without an ISO id (Northern Cyprus, Somaliland). */
	code: string | null;
	name: string;
	feature: Feature<Polygon | MultiPolygon>;
}

let pending: Promise<CountryShape[]> | null = null;

export function loadWorld(): Promise<CountryShape[]> {
	pending ??= import('world-atlas/countries-110m.json').then((m) => {
		const topo = (m.default ?? m) as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
		const fc = feature(topo, topo.objects.countries) as unknown as { features: Feature<Polygon | MultiPolygon, { name: string }>[] };
		return fc.features
			.filter((f) => f.geometry)
			.map((f) => ({ code: ATLAS_ID_TO_ALPHA2[String(f.id)] ?? (f.properties.name === 'Kosovo' ? 'XK' : null), name: f.properties.name, feature: f }));
	});
	return pending;
}
