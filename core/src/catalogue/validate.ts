import { z } from 'zod';
import { catalogueSchema, serviceSchema, type Catalogue, type Service } from './schema.js';

/** One thing wrong with a catalogue: where (a JSON path) and what. */
export interface CatalogueProblem {
	path: string;
	message: string;
}

/**
 * ok with warnings: the file keeps the contract but holds something suspicious, such as an age
 * range nobody fits; the project's own data in `data/` must have none.
 */
export type CatalogueParseResult =
	| { ok: true; catalogue: Catalogue; warnings: CatalogueProblem[] }
	| { ok: false; problems: CatalogueProblem[] };

/** The region codes a catalogue may refer to. */
export interface RegionCodes {
	hasCounty(code: string): boolean;
	hasMunicipality(code: string): boolean;
}

export interface CatalogueCheckOptions {
	regions: RegionCodes;
	/** The current date (YYYY-MM-DD); `lastVerified` may not lie after it. */
	today: string;
}

export function formatJsonPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
		'$'
	);
}

/** A problem for each entry of `list` (at `$.<name>[i].id`) whose id an earlier entry has. */
export function duplicateIdProblems(
	list: readonly { id: string }[],
	name: string,
	what: string
): CatalogueProblem[] {
	const seen = new Set<string>();
	return list.flatMap((entry, index) => {
		const repeated = seen.has(entry.id);
		seen.add(entry.id);
		return repeated
			? [
					{
						path: formatJsonPath([name, index, 'id']),
						message: `duplicate ${what} id "${entry.id}"`
					}
				]
			: [];
	});
}

export function problemsFromZod(error: z.ZodError): CatalogueProblem[] {
	return error.issues.map((issue) => ({
		path: formatJsonPath(issue.path),
		message: issue.message
	}));
}

const catalogueHeaderSchema = catalogueSchema.extend({ services: z.array(z.unknown()) });

/**
 * Validates a parsed catalogue file against the contract and checks what a schema cannot: unique
 * ids, known organizations and region codes, age ranges, dates. Every problem is reported.
 */
export function parseCatalogue(raw: unknown, options: CatalogueCheckOptions): CatalogueParseResult {
	const header = catalogueHeaderSchema.safeParse(raw);
	if (!header.success) return { ok: false, problems: problemsFromZod(header.error) };
	const rawServices = (raw as { services: unknown[] }).services;
	const services: Service[] = [];
	const problems: CatalogueProblem[] = [];
	rawServices.forEach((rawService, index) => {
		const parsed = serviceSchema.safeParse(rawService);
		if (parsed.success) services.push(parsed.data);
		else {
			for (const issue of parsed.error.issues) {
				problems.push({
					path: formatJsonPath(['services', index, ...issue.path]),
					message: issue.message
				});
			}
		}
	});
	if (problems.length > 0) return { ok: false, problems };
	const catalogue: Catalogue = { ...header.data, services };
	const checked = checkCatalogueReferences(catalogue, options);
	return checked.problems.length > 0
		? { ok: false, problems: checked.problems }
		: { ok: true, catalogue, warnings: checked.warnings };
}

export function checkCatalogueReferences(
	catalogue: Catalogue,
	{ regions, today }: CatalogueCheckOptions
): { problems: CatalogueProblem[]; warnings: CatalogueProblem[] } {
	const problems: CatalogueProblem[] = [];
	const warnings: CatalogueProblem[] = [];
	const report = (path: PropertyKey[], message: string) =>
		problems.push({ path: formatJsonPath(path), message });
	const warn = (path: PropertyKey[], message: string) =>
		warnings.push({ path: formatJsonPath(path), message });

	const organizationIds = new Set<string>();
	catalogue.organizations.forEach((organization, index) => {
		if (organizationIds.has(organization.id)) {
			report(['organizations', index, 'id'], `duplicate organization id "${organization.id}"`);
		}
		organizationIds.add(organization.id);
	});

	const serviceIds = new Set<string>();
	catalogue.services.forEach((service, index) => {
		const at = (...rest: PropertyKey[]) => ['services', index, ...rest];
		if (serviceIds.has(service.id)) report(at('id'), `duplicate service id "${service.id}"`);
		serviceIds.add(service.id);
		if (!organizationIds.has(service.organizationId)) {
			report(at('organizationId'), `unknown organization "${service.organizationId}"`);
		}
		const { minAge, maxAge } = service.eligibility;
		if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
			warn(
				at('eligibility'),
				`minAge ${minAge} is greater than maxAge ${maxAge}: nobody can use it`
			);
		}
		const area = service.serviceArea;
		if (area.scope === 'regional') {
			area.counties.forEach((code, i) => {
				if (!regions.hasCounty(code)) {
					report(at('serviceArea', 'counties', i), `unknown county code "${code}"`);
				}
			});
		}
		if (area.scope === 'local') {
			area.municipalities.forEach((code, i) => {
				if (!regions.hasMunicipality(code)) {
					report(at('serviceArea', 'municipalities', i), `unknown municipality code "${code}"`);
				}
			});
		}
		service.locations?.forEach((location, i) => {
			if (!regions.hasMunicipality(location.municipality)) {
				report(
					at('locations', i, 'municipality'),
					`unknown municipality code "${location.municipality}"`
				);
			}
		});
		if (service.lastVerified > today) {
			report(at('lastVerified'), `lastVerified ${service.lastVerified} is in the future`);
		}
	});
	return { problems, warnings };
}
