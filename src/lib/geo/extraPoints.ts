/**
 * The few territories with an ISO code that even world-atlas 50m has no shape for, placed by hand
 * (lon, lat of the main settlement, rounded; from the places' Wikipedia coordinates).
 */
export const EXTRA_POINTS: Record<string, [number, number]> = {
	GI: [-5.35, 36.14], // Gibraltar
	TK: [-171.84, -9.17], // Tokelau
	BQ: [-68.26, 12.18], // Bonaire, Sint Eustatius and Saba
	GP: [-61.55, 16.25], // Guadeloupe
	MQ: [-61.02, 14.64], // Martinique
	GF: [-53.13, 3.93], // French Guiana
	RE: [55.54, -21.12], // Réunion
	YT: [45.17, -12.83], // Mayotte
	SJ: [15.65, 78.22], // Svalbard and Jan Mayen
	TV: [179.2, -8.52], // Tuvalu
	CX: [105.69, -10.45], // Christmas Island
	CC: [96.87, -12.16], // Cocos (Keeling) Islands
	BV: [3.41, -54.42], // Bouvet Island
	UM: [-162.07, 5.88], // US Minor Outlying Islands (Palmyra)
	XK: [20.9, 42.6], // Kosovo (user-assigned code; the atlas shape has no ISO id)
	EU: [10.45, 51.17] // European Union: drawn at its centre (Germany)
};
