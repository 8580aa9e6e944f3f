import { z } from 'zod';
import {
	serviceSchema,
	webAddressSchema,
	type Organization,
	type Service
} from '../catalogue/schema.js';
import {
	checkCatalogueReferences,
	formatJsonPath,
	type CatalogueProblem,
	type RegionCodes
} from '../catalogue/validate.js';

/**
 * Fields the system keeps: `lastVerified` and `verifiedBy` follow from the sources of approved
 * proposals and from "still correct"; a service's id never changes.
 */
export const SYSTEM_FIELDS = ['id', 'lastVerified', 'verifiedBy'] as const;
type SystemField = (typeof SYSTEM_FIELDS)[number];
type EditableService = Omit<Service, SystemField>;
type OptionalKey = {
	[K in keyof EditableService]-?: undefined extends EditableService[K] ? K : never;
}[keyof EditableService];

/**
 * A proposal's changes: a partial service in the catalogue contract. A field given replaces the
 * field whole (arrays such as `contacts` too); `null` removes an optional field.
 */
export type ServiceChanges = {
	[K in keyof EditableService]?: K extends OptionalKey
		? Exclude<EditableService[K], undefined> | null
		: EditableService[K];
};

const shape = serviceSchema.shape;
const editableShape = Object.fromEntries(
	Object.entries(shape)
		.filter(([field]) => !(SYSTEM_FIELDS as readonly string[]).includes(field))
		.map(([field, schema]) => [
			field,
			schema.safeParse(undefined).success ? schema.nullable() : schema.optional()
		])
);

export const serviceChangesSchema = z
	.strictObject(editableShape)
	.describe(
		'A partial service in the catalogue contract: each field given replaces the whole field; null removes an optional field.'
	) as unknown as z.ZodType<ServiceChanges>;

/**
 * Fields a child or a referring adult acts on: changing them needs a source (a URL and the date
 * it was read). Wording (description, keywords, caveats), the confidence level and the list of
 * sources do not; nor does taking a service down (status paused or inactive), which is always
 * the safe direction.
 */
export const FACTUAL_FIELDS = [
	'name',
	'organizationId',
	'needs',
	'eligibility',
	'serviceArea',
	'contacts',
	'locations',
	'languages',
	'anonymous',
	'free',
	'requiresReferral',
	'emergency',
	'audience',
	'afterContact',
	'kind',
	'role',
	'website'
] as const satisfies readonly (keyof EditableService)[];

export function needsSource(changes: ServiceChanges, creating: boolean): boolean {
	if (creating) return true;
	if (changes.status === 'active') return true;
	return Object.keys(changes).some((field) =>
		(FACTUAL_FIELDS as readonly string[]).includes(field)
	);
}

/** Where a fact was read, and when. */
export const proposalSourceSchema = z.strictObject({
	url: webAddressSchema.max(2000),
	date: z.iso.date()
});
export type ProposalSource = z.infer<typeof proposalSourceSchema>;

export type MergeResult =
	{ ok: true; service: Service } | { ok: false; problems: CatalogueProblem[] };

export interface MergeContext {
	regions: RegionCodes;
	/** The organisation the merged service names, if it exists. */
	organization: (id: string) => Organization | undefined;
	/** Today's date (YYYY-MM-DD). */
	today: string;
}

/**
 * The service a proposal would publish: the changes laid onto the current service (or, for a new
 * service, the changes alone), validated by the catalogue's own schema and reference checks.
 * Problems are given with paths into `changes`.
 */
export function mergeChanges(
	serviceId: string,
	current: Service | undefined,
	changes: ServiceChanges,
	context: MergeContext
): MergeResult {
	const merged: Record<string, unknown> = current
		? { ...current }
		: { id: serviceId, lastVerified: context.today };
	for (const [field, value] of Object.entries(changes)) {
		if (value === null) delete merged[field];
		else if (value !== undefined) merged[field] = value;
	}
	const toChangesPath = (path: string) => path.replace(/^\$(\.services\[0\])?/, 'changes');
	const parsed = serviceSchema.safeParse(merged);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.error.issues.map((issue) => ({
				path: toChangesPath(formatJsonPath(issue.path)),
				message: issue.message
			}))
		};
	}
	const service = parsed.data;
	const organization = context.organization(service.organizationId);
	const checked = checkCatalogueReferences(
		{
			schemaVersion: '1.0',
			organizations: organization ? [organization] : [],
			services: [service]
		},
		{ regions: context.regions, today: context.today }
	);
	const problems = [...checked.problems, ...checked.warnings].map((problem) => ({
		path: toChangesPath(problem.path),
		message: problem.message
	}));
	return problems.length > 0 ? { ok: false, problems } : { ok: true, service };
}

/** JSON with object keys in order, so two records with the same content compare equal. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, item: unknown) =>
		item && typeof item === 'object' && !Array.isArray(item)
			? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: item
	);
}

/** Whether two values hold the same content, whatever the order of their keys. */
export function sameContent(a: unknown, b: unknown): boolean {
	return canonicalJson(a) === canonicalJson(b);
}

/** The top-level fields whose value differs between two versions of a service. */
export function changedFields(before: Service | undefined, after: Service): string[] {
	const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
	return [...fields].filter(
		(field) =>
			JSON.stringify((before as Record<string, unknown> | undefined)?.[field]) !==
			JSON.stringify((after as Record<string, unknown>)[field])
	);
}

/**
 * What approval adds besides the changes: the proposal's source URLs join the service's
 * sources, and `lastVerified` becomes the newest source date when that is newer. A change an
 * organisation proposed for its own service counts as verified by the provider.
 */
export function withProvenance(
	service: Service,
	sources: readonly ProposalSource[],
	fromProvider: boolean
): Service {
	if (sources.length === 0) return service;
	const urls = [...sources.map((source) => source.url), ...(service.sources ?? [])];
	const newest = sources
		.map((source) => source.date)
		.sort()
		.at(-1) as string;
	return {
		...service,
		sources: [...new Set(urls)],
		lastVerified: newest > service.lastVerified ? newest : service.lastVerified,
		...(fromProvider ? { verifiedBy: 'provider' as const } : {})
	};
}

/**
 * An imported record's own date on approval (its `assured_date`): a new service is as current as
 * its publisher last checked it, not as the day a curator approved it, so an old record shows as
 * due for verification at once; a service we hold is raised to it when it is newer.
 */
export function withImportedDate(
	service: Service,
	assuredDate: string | undefined,
	creating: boolean,
	today: string
): Service {
	if (!assuredDate || assuredDate > today) return service;
	if (!creating && assuredDate <= service.lastVerified) return service;
	return { ...service, lastVerified: assuredDate };
}
