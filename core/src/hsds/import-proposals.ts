import { serviceSchema, type Organization, type Service } from '../catalogue/schema.js';
import { SYSTEM_FIELDS, type ProposalSource, type ServiceChanges } from '../curation/changes.js';
import type { ImportProvenance } from '../curation/contract.js';
import { hsdsIdsInSources, type ImportedService } from './from-hsds.js';
import { hsdsId } from './ids.js';
import { importedChanges } from './import-changes.js';

/** What an import does with one record it read, against the catalogue it is compared with. */
export type ImportAction =
	| {
			kind: 'change';
			entry: ImportedService;
			current: Service;
			changes: ServiceChanges;
			/** Said to the operator: what was noticed and not proposed. */
			remarks: string[];
	  }
	| {
			kind: 'new';
			entry: ImportedService;
			service: Service;
			/** The organization to add with it, when the catalogue does not have it. */
			organization?: Organization;
	  }
	| { kind: 'identical'; entry: ImportedService; current: Service }
	| { kind: 'unmapped'; entry: ImportedService; reasons: string[] };

/**
 * Which service of ours each record is, and what to propose. A record is ours when its HSDS id
 * is the UUID v5 of one of our service ids (our export), or when a service's sources name it
 * (it was imported before); its organization likewise, or by the id it maps to. A record of a
 * service we hold proposes only the fields that differ (`importedChanges`); one we do not hold
 * proposes a new service, when the catalogue contract can hold it.
 */
export function planImportProposals(
	entries: readonly ImportedService[],
	catalogue: { services: readonly Service[]; organizations: readonly Organization[] },
	today: string
): ImportAction[] {
	const services = new Map<string, Service>();
	for (const service of catalogue.services) services.set(hsdsId('service', service.id), service);
	for (const service of catalogue.services) {
		for (const uuid of hsdsIdsInSources(service.sources)) {
			if (!services.has(uuid)) services.set(uuid, service);
		}
	}
	const serviceIds = new Set(catalogue.services.map((service) => service.id));
	const organizations = new Map(
		catalogue.organizations.map((organization) => [
			hsdsId('organization', organization.id),
			organization.id
		])
	);
	const organizationIds = new Set(catalogue.organizations.map((organization) => organization.id));
	/** The catalogue's organization the record names, if it is one. */
	const ourOrganization = (entry: ImportedService) => {
		const uuid = entry.provenance.organizationHsdsId?.toLowerCase();
		const byUuid = uuid ? organizations.get(uuid) : undefined;
		if (byUuid) return byUuid;
		const id = entry.organizationDraft?.id;
		return typeof id === 'string' && organizationIds.has(id) ? id : undefined;
	};
	const seen = new Set<string>();
	return entries.map((entry): ImportAction => {
		const current = services.get(entry.hsdsId.toLowerCase());
		const target = current?.id ?? entry.service?.id ?? String(entry.draft.id);
		if (!current && serviceIds.has(target)) {
			return {
				kind: 'unmapped',
				entry,
				reasons: [
					`its id ${target} is another service's in the catalogue (a different HSDS id); a curator must decide which it is`
				]
			};
		}
		if (seen.has(target)) {
			return { kind: 'unmapped', entry, reasons: [`the file holds ${target} more than once`] };
		}
		seen.add(target);
		const organizationId = ourOrganization(entry);
		if (current) {
			const changes = importedChanges(current, entry, {
				...(organizationId ? { organizationId } : {}),
				today
			});
			const named = entry.organizationDraft?.name;
			const remarks =
				!organizationId && entry.organizationDraft
					? [
							`the record names an organization the catalogue does not have${typeof named === 'string' ? ` (${named})` : ''}; the service stays with ${current.organizationId}`
						]
					: [];
			return Object.keys(changes).length === 0
				? { kind: 'identical', entry, current }
				: { kind: 'change', entry, current, changes, remarks };
		}
		const service = newService(entry, organizationId);
		if (!service) {
			return {
				kind: 'unmapped',
				entry,
				reasons: entry.problems.map((problem) => `missing ${problem.path}: ${problem.reason}`)
			};
		}
		return {
			kind: 'new',
			entry,
			service,
			...(!organizationId && entry.organization ? { organization: entry.organization } : {})
		};
	});
}

/**
 * The record as a new service: as mapped, or, when only its organization was missing (HSDS does
 * not say an organization's type), with the catalogue's organization it names.
 */
function newService(entry: ImportedService, organizationId: string | undefined) {
	if (entry.service) {
		return organizationId ? { ...entry.service, organizationId } : entry.service;
	}
	const onlyOrganization = entry.problems.every((problem) => problem.path === '$.organization');
	if (!organizationId || !onlyOrganization) return undefined;
	const parsed = serviceSchema.safeParse({ ...entry.draft, organizationId });
	return parsed.success ? parsed.data : undefined;
}

/** A new service as a proposal's changes: the whole service, less what the system keeps. */
export function newServiceChanges(service: Service): ServiceChanges {
	const changes: Record<string, unknown> = { ...service };
	for (const field of SYSTEM_FIELDS) delete changes[field];
	return changes;
}

const WEB = /^https?:\/\//i;

/**
 * The sources a record gives for its facts, dated by when its publisher last checked them
 * (`assured_date`): the pages our own export names, or the service's own web address. Without a
 * date or an address there is none, and the file itself is the source (the provenance says so).
 */
export function importSources(entry: ImportedService): ProposalSource[] {
	const date = entry.draft.lastVerified;
	if (typeof date !== 'string') return [];
	const urls = entry.hasExtension
		? ((entry.draft.sources as string[] | undefined) ?? [])
		: typeof entry.draft.website === 'string'
			? [entry.draft.website]
			: [];
	return [...new Set(urls.filter((url) => WEB.test(url)))]
		.slice(0, 10)
		.map((url) => ({ url, date }));
}

/** The provenance of an imported record, as a proposal keeps it. */
export function importProvenance(entry: ImportedService, importedOn: string): ImportProvenance {
	const { file, hsdsId: id, organizationHsdsId, lastModified } = entry.provenance;
	const assured = entry.draft.lastVerified;
	return {
		file,
		hsdsId: id,
		...(organizationHsdsId ? { organizationHsdsId } : {}),
		...(lastModified ? { lastModified } : {}),
		...(typeof assured === 'string' ? { assuredDate: assured } : {}),
		importedOn
	};
}

/**
 * The note a reviewer reads with an imported proposal (in Swedish, as the staff pages are first):
 * where it came from, what its source is, and what to look at twice.
 */
export function importNote(
	action: Extract<ImportAction, { kind: 'change' | 'new' }>,
	provenance: ImportProvenance,
	sources: readonly ProposalSource[]
): string {
	const record = [
		`tjänst ${provenance.hsdsId}`,
		...(provenance.organizationHsdsId ? [`organisation ${provenance.organizationHsdsId}`] : []),
		...(provenance.lastModified ? [`ändrad ${provenance.lastModified}`] : []),
		...(provenance.assuredDate ? [`kontrollerad ${provenance.assuredDate}`] : [])
	].join(', ');
	const lines = [
		`Import av HSDS-filen ${provenance.file}, läst ${provenance.importedOn}. Posten: ${record}.`,
		sources.length > 0
			? `Källa: ${sources.length === 1 ? 'webbadressen' : 'webbadresserna'} som posten anger, med dagen då posten kontrollerades. Jämför med källan innan du godkänner.`
			: 'Källa: filen själv. Posten anger ingen webbadress att jämföra med: kontrollera uppgifterna hos tjänsten innan du godkänner.'
	];
	if (action.kind === 'change') {
		const ours = action.current.lastVerified;
		if (provenance.assuredDate && provenance.assuredDate < ours) {
			lines.push(
				`Posten kontrollerades ${provenance.assuredDate}, före katalogens uppgift (${ours}): filen kan vara äldre än det katalogen har.`
			);
		}
		lines.push('Fält som posten saknar lämnas som de är.');
	}
	if (!action.entry.hasExtension) {
		lines.push(
			'Posten är inte Stödkartans egen export: dess texter lästes som svenska, och texter på andra språk lämnas som de är och kan behöva ses över.'
		);
	}
	if (action.kind === 'new' && action.organization) {
		const { name, type, website } = action.organization;
		lines.push(
			`Ny organisation som läggs till när förslaget godkänns: ${name} (${type}${website ? `, ${website}` : ''}).`
		);
	}
	return lines.join('\n');
}
