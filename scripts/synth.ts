/**
 * npm run synth -- --events N --out FILE [--seed S] [--companies N] [--countries N]
 *
 * Writes a deterministic synthetic events file (seeded; never into data/ unless you ask) that is
 * valid against the schema, for benchmarks: companies and governments across many countries,
 * dates of every precision (days, months, spans, open-ended, approximate, undated), several
 * sources for some events. Same arguments, same file.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import { EventsFile, type Actor, type Article, type Event } from '../src/lib/schema/events';
import { EVENT_TYPES } from '../src/lib/timeline/eventTypes';
import { writeAtomically } from '../src/lib/ingest/run';

const { values } = parseArgs({
	options: {
		events: { type: 'string', default: '10000' },
		out: { type: 'string' },
		seed: { type: 'string', default: '1' },
		companies: { type: 'string', default: '2000' },
		countries: { type: 'string', default: '200' }
	}
});
const n = Number(values.events);
const companyCount = Number(values.companies);
const countryCount = Number(values.countries);
for (const [name, value] of [['--events', n], ['--companies', companyCount], ['--countries', countryCount]] as const) {
	if (!Number.isInteger(value) || value < 1 || value > 10_000_000) {
		process.stderr.write(`synth: ${name}: expected a whole number from 1 to 10000000\n`);
		process.exit(2);
	}
}
if (!values.out) {
	process.stderr.write('synth: --out FILE is required\n');
	process.exit(2);
}

/** mulberry32: a small seeded generator, so the same seed gives the same corpus everywhere. */
function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const random = rng(Number(values.seed));
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
/** Skewed choice: a few companies and countries take most events, as in real news. */
const skewed = <T>(list: readonly T[]) => list[Math.floor(Math.pow(random(), 2.2) * list.length)]!;

const codes = Object.keys(countries.getAlpha2Codes()).sort().slice(0, countryCount);
const syllables = ['ka', 'ri', 'to', 'mi', 'su', 'na', 'lo', 've', 'da', 'pe', 'zu', 'ho', 'ta', 'ne', 'bi', 'ro'];
const word = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables)).join('');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const actors: Actor[] = [];
const companies: Actor[] = [];
for (let k = 0; k < companyCount; k++) {
	const name = `${cap(word())} ${pick(['Tech', 'Digital', 'Telecom', 'Mobile', 'Cloud', 'Pay', 'Media', 'Labs'])}`;
	const actor: Actor = { id: `co-${String(k).padStart(5, '0')}`, name, kind: 'company', country: skewed(codes), aliases: [], origin: 'context' };
	actors.push(actor);
	companies.push(actor);
}
const governments: Actor[] = codes.map((code) => ({
	id: `gov-${code.toLowerCase()}`,
	name: `Government of ${countries.getName(code, 'en') ?? code}`,
	kind: 'government',
	country: code,
	aliases: [],
	origin: 'context'
}));
actors.push(...governments);

const DAY = 86_400_000;
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const first = Date.UTC(2005, 0, 1) / DAY;
const last = Date.UTC(2025, 11, 31) / DAY;

function date(): { date: string | null; basis: Event['dateBasis'] } {
	const day = Math.floor(first + Math.pow(random(), 0.6) * (last - first));
	const r = random();
	if (r < 0.6) return { date: iso(day), basis: 'explicit' };
	if (r < 0.72) return { date: iso(day).slice(0, 7), basis: 'explicit-partial' };
	if (r < 0.8) return { date: `${iso(day)}/${iso(day + 1 + Math.floor(random() * 10))}`, basis: 'relative' };
	if (r < 0.85) return { date: `../${iso(day)}`, basis: 'relative' };
	if (r < 0.88) return { date: `${iso(day)}/..`, basis: 'relative' };
	if (r < 0.92) return { date: `${iso(day).slice(0, 7)}~`, basis: 'explicit-partial' };
	if (r < 0.95) return { date: `${iso(day)}?`, basis: 'weekday' };
	return random() < 0.5 ? { date: null, basis: 'none' } : { date: `XXXX-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`, basis: 'none' };
}

const articleCount = Math.max(1, Math.ceil(n / 5));
const articles: Article[] = Array.from({ length: articleCount }, (_, k) => ({
	id: `synth-${String(k).padStart(7, '0')}`,
	file: `synth-${String(k).padStart(7, '0')}.txt`,
	language: random() < 0.7 ? 'id' : 'en',
	referenceDate: null,
	contentHash: k.toString(16).padStart(64, '0')
}));

const VERBS: Record<string, [string, string]> = {
	meeting: ['meets', 'bertemu'],
	summons: ['summons', 'memanggil'],
	negotiation: ['negotiates with', 'bernegosiasi dengan'],
	agreement: ['reaches agreement with', 'sepakat dengan'],
	cooperation: ['partners with', 'bekerja sama dengan'],
	expansion: ['expands into', 'berekspansi ke'],
	acquisition: ['acquires', 'mengakuisisi'],
	investigation: ['investigates', 'menyelidiki'],
	accusation: ['accuses', 'menuduh'],
	advisory: ['advises against', 'mengimbau tidak memakai'],
	ban: ['bans', 'melarang'],
	'ban-lifted': ['lifts ban on', 'mencabut larangan'],
	fine: ['fines', 'mendenda'],
	lawsuit: ['sues', 'menggugat']
};

const events: Event[] = [];
for (let k = 0; k < n; k++) {
	const type = pick(EVENT_TYPES);
	const company = skewed(companies);
	const government = governments[codes.indexOf(skewed(codes))]!;
	const { date: d, basis } = date();
	const sources = Array.from({ length: random() < 0.8 ? 1 : 2 + Math.floor(random() * 3) }, (_, s) => {
		const quote = `${government.name} ${VERBS[type]![0]} ${company.name} (${k}.${s}).`;
		const start = Math.floor(random() * 2000);
		return { article: articles[(k + s * 7) % articleCount]!.id, quote, start, end: start + quote.length, dateText: null };
	});
	const [doer, other] = type === 'expansion' || type === 'acquisition' ? [company, government] : [government, company];
	events.push({
		id: `synth-${String(k).padStart(7, '0')}`,
		type,
		cameo: '040',
		date: d,
		dateBasis: basis,
		duration: null,
		status: random() < 0.85 ? 'occurred' : random() < 0.5 ? 'planned' : 'ongoing',
		actors: [
			{ id: doer.id, role: 'actor' },
			{ id: other.id, role: 'target' }
		],
		countries: [...new Set([company.country!, government.country!])].sort(),
		location: null,
		sources,
		confidence: Math.round((0.4 + random() * 0.55) * 100) / 100,
		title: { en: `${doer.name} ${VERBS[type]![0]} ${other.name}`, id: `${doer.name} ${VERBS[type]![1]} ${other.name}` }
	});
}

const file: EventsFile = { schemaVersion: 1, articlesDir: 'synthetic-articles-not-on-disk', articles, actors, events, rejected: [] };
const checked = EventsFile.safeParse(file);
if (!checked.success) {
	process.stderr.write(`synth: the generated file would be invalid: ${checked.error.issues[0]?.message}\n`);
	process.exit(1);
}
writeAtomically(resolve(values.out), `${JSON.stringify(file)}\n`);
process.stdout.write(`synth: ${n} events, ${companyCount} companies, ${codes.length} countries -> ${values.out}\n`);
