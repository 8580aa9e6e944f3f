import type { Geography } from '../geo/geography.js';
import { effectiveConfidence } from './confidence.js';
import type { Gap } from './gaps.js';
import type { LocalizedText, Service, ServiceRole } from './schema.js';

/** What the lookup reads of a service; the API keeps only this much per service in memory. */
export type RouteCandidate = Pick<
	Service,
	'id' | 'name' | 'role' | 'kind' | 'status' | 'serviceArea' | 'confidence' | 'lastVerified'
>;

/** The other local routes a worker needs after the report of concern, in the order shown. */
export const OTHER_LOCAL_ROLES = [
	'acute-care',
	'child-psychiatry',
	'youth-clinic',
	'trauma-treatment',
	'shelter',
	'crime-victim-support',
	'healthcare',
	'support-line',
	'peer-support',
	'legal-advice',
	'prevention',
	'information'
] as const satisfies readonly ServiceRole[];
export type OtherLocalRole = (typeof OTHER_LOCAL_ROLES)[number];

export type BarnahusRoute<T> =
	{ status: 'served'; services: T[] } | { status: 'none' | 'unknown'; services: []; gap?: Gap };

/** Everything local a municipality has, so the matcher, worker view and print sheet agree. */
export interface LocalRoutes<T> {
	municipality: { code: string; name: string; county: { code: string; name: string } };
	/** The municipality's own social services; the national route when none is recorded. */
	socialServices: { local: boolean; services: T[]; note?: LocalizedText };
	onCall: { services: T[]; note?: LocalizedText };
	barnahus: BarnahusRoute<T>;
	other: { role: OtherLocalRole; services: T[] }[];
}

/**
 * Active services with a role, by where they serve: a lookup is a few map reads instead of a
 * pass over the catalogue. Build once per catalogue revision.
 */
export class LocalRoutesIndex<T extends RouteCandidate = RouteCandidate> {
	readonly national: readonly T[];
	readonly #byCounty = new Map<string, T[]>();
	readonly #byMunicipality = new Map<string, T[]>();

	constructor(services: Iterable<T>) {
		const national: T[] = [];
		const add = (map: Map<string, T[]>, key: string, service: T) => {
			const list = map.get(key);
			if (list) list.push(service);
			else map.set(key, [service]);
		};
		for (const service of services) {
			if (service.status !== 'active' || service.role === undefined) continue;
			const area = service.serviceArea;
			if (area.scope === 'national') {
				national.push(service);
			} else if (area.scope === 'regional') {
				for (const code of area.counties) add(this.#byCounty, code, service);
			} else {
				for (const code of area.municipalities) add(this.#byMunicipality, code, service);
			}
		}
		this.national = national;
	}

	local(municipality: string): readonly T[] {
		return this.#byMunicipality.get(municipality) ?? [];
	}

	regional(county: string): readonly T[] {
		return this.#byCounty.get(county) ?? [];
	}
}

const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;
const collator = new Intl.Collator('sv');

/** Local before regional, then the most trustworthy today, services before pathways, by name. */
function byPreference<T extends RouteCandidate>(today: string) {
	const scope = (service: T) => (service.serviceArea.scope === 'local' ? 0 : 1);
	const trust = (service: T) => CONFIDENCE_RANK[effectiveConfidence(service, today) ?? 'medium'];
	return (a: T, b: T) =>
		scope(a) - scope(b) ||
		trust(a) - trust(b) ||
		(a.kind === 'pathway' ? 1 : 0) - (b.kind === 'pathway' ? 1 : 0) ||
		collator.compare(a.name.sv, b.name.sv) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function noLocalSocialServices(name: string): LocalizedText {
	return {
		sv: `Stödkartan har ännu inget eget nummer till socialtjänsten i ${name}. Ring kommunens växel eller kontaktcenter – numret står på kommunens webbplats – och be att få tala med socialtjänstens mottagning för barn och unga. Är någon i fara just nu: ring 112.`,
		en: `Stödkartan does not yet have its own number for social services in ${name}. Call the municipality's switchboard or contact centre – the number is on its website – and ask for the social services intake for children and young people. If someone is in danger right now: call 112.`
	};
}

function noOnCall(name: string): LocalizedText {
	return {
		sv: `Stödkartan har ingen socialjour registrerad för ${name}. Kvällar och helger finns en socialjour eller social beredskap; hur du når den står på kommunens webbplats. Är någon i fara just nu: ring 112.`,
		en: `Stödkartan has no social services on-call recorded for ${name}. In the evenings and at weekends there is an on-call or standby service; the municipality's website says how to reach it. If someone is in danger right now: call 112.`
	};
}

/**
 * A municipality's local routes: its social services (or the national route, saying plainly
 * that no local number is recorded), its on-call service, the Barnahus that serves it or the
 * documented gap, and the other local and regional services by role. Undefined for a code SCB
 * does not have. Pure: the same answer for the same catalogue, gaps and day.
 */
export function localRoutesFor<T extends RouteCandidate>(
	source: readonly T[] | LocalRoutesIndex<T>,
	municipalityCode: string,
	context: { geography: Geography; gaps: readonly Gap[]; today: string }
): LocalRoutes<T> | undefined {
	const { geography, gaps, today } = context;
	const municipality = geography.municipality(municipalityCode);
	const county = municipality && geography.county(municipality.countyCode);
	if (!municipality || !county) return undefined;
	const index = source instanceof LocalRoutesIndex ? source : new LocalRoutesIndex(source);
	const nearby = [...index.local(municipality.code), ...index.regional(county.code)].sort(
		byPreference(today)
	);
	const withRole = (role: ServiceRole) => nearby.filter((service) => service.role === role);

	const localSocial = withRole('social-services');
	const socialServices: LocalRoutes<T>['socialServices'] =
		localSocial.length > 0
			? { local: true, services: localSocial }
			: {
					local: false,
					services: index.national
						.filter((service) => service.role === 'social-services')
						.sort(byPreference(today)),
					note: noLocalSocialServices(municipality.shortName)
				};

	const onCallServices = withRole('social-on-call');
	const onCall: LocalRoutes<T>['onCall'] =
		onCallServices.length > 0
			? { services: onCallServices }
			: { services: [], note: noOnCall(municipality.shortName) };

	const barnahusServices = withRole('barnahus');
	const gap = gaps.find(
		(candidate) =>
			(candidate.role === 'barnahus' || candidate.need === 'child-investigation') &&
			candidate.municipalities.includes(municipality.code)
	);
	const barnahus: BarnahusRoute<T> =
		barnahusServices.length > 0
			? { status: 'served', services: barnahusServices }
			: gap
				? { status: gap.status, services: [], gap }
				: { status: 'unknown', services: [] };

	return {
		municipality: {
			code: municipality.code,
			name: municipality.shortName,
			county: { code: county.code, name: county.name }
		},
		socialServices,
		onCall,
		barnahus,
		other: OTHER_LOCAL_ROLES.map((role) => ({ role, services: withRole(role) })).filter(
			({ services }) => services.length > 0
		)
	};
}
