import {
	createProposal,
	InvalidRequestError,
	type CatalogueRepository,
	type Importer
} from '@stodkartan/api';
import {
	CONTACT_FIELDS,
	importNote,
	importProvenance,
	importSources,
	newServiceChanges,
	planImportProposals,
	sameContent,
	type Geography,
	type ImportAction,
	type ServiceChanges
} from '@stodkartan/core';
import { notKeptLines, type ImportApplyStep } from './apply.js';
import type { ImportPlan } from './import.js';

type Proposed = Extract<ImportAction, { kind: 'change' | 'new' }>;

/** The service an action is about (ours, or the new one's id), with the record's HSDS id. */
function label(action: ImportAction): string {
	const id =
		action.kind === 'change' || action.kind === 'identical'
			? action.current.id
			: action.kind === 'new'
				? action.service.id
				: String(action.entry.draft.id);
	return `${id} (${action.entry.hsdsId})`;
}

/** Who must approve, said where a curator may not: contacts of a nationwide line need an admin. */
function reviewerHint(action: Proposed): string {
	const national =
		action.kind === 'new'
			? action.service.serviceArea.scope === 'national'
			: action.current.serviceArea.scope === 'national' ||
				action.changes.serviceArea?.scope === 'national';
	const contact =
		action.kind === 'new' ||
		Object.keys(action.changes).some((field) =>
			(CONTACT_FIELDS as readonly string[]).includes(field)
		);
	return national && contact ? '; a nationwide line’s contacts: an admin must approve' : '';
}

/**
 * The default apply step: every mapped service becomes a curation proposal in the store, made by
 * the `import` actor and left pending for a curator or admin to review (four eyes; the import
 * publishes nothing). A service we hold gets a change proposal with only the fields that differ,
 * a new one a new-service proposal; a record that says nothing new is skipped, and so is one
 * whose same changes already wait for review (running an import twice proposes nothing twice).
 */
export class CurationProposals implements ImportApplyStep {
	constructor(
		readonly repository: CatalogueRepository,
		readonly geography: Geography,
		readonly options: {
			now: Date;
			today: string;
			/** The staff account that ran the import (`--by`); it may not approve what it imported. */
			operator?: { id: string; email: string };
		}
	) {}

	async apply(plan: ImportPlan): Promise<{ lines: string[]; ok: boolean }> {
		const { repository, options } = this;
		const [services, organizations] = await Promise.all([
			repository.allServices(),
			repository.allOrganizations()
		]);
		const actions = planImportProposals(plan.imported, { services, organizations }, options.today);
		const context = {
			repository,
			geography: this.geography,
			now: () => options.now,
			// Nothing is published by an import: proposals only.
			published: async () => {}
		};
		const proposed: string[] = [];
		let count = 0;
		const waiting: string[] = [];
		const failed: string[] = [];
		for (const action of actions) {
			if (action.kind !== 'change' && action.kind !== 'new') continue;
			const serviceId = action.kind === 'change' ? action.current.id : action.service.id;
			const changes: ServiceChanges =
				action.kind === 'change' ? action.changes : newServiceChanges(action.service);
			if (await this.#alreadyWaiting(serviceId, changes)) {
				waiting.push(`  ${label(action)}`);
				continue;
			}
			const provenance = importProvenance(action.entry, options.today);
			const sources = importSources(action.entry);
			const importer: Importer = {
				importer: `hsds:${plan.file}`,
				provenance,
				...(options.operator ? { operator: options.operator } : {}),
				...(action.kind === 'new' && action.organization
					? { organization: action.organization }
					: {})
			};
			try {
				await createProposal(context, importer, {
					serviceId,
					changes,
					sources,
					note: importNote(action, provenance, sources)
				});
			} catch (error) {
				if (!(error instanceof InvalidRequestError)) throw error;
				failed.push(
					`  ${label(action)}: ${error.message} ${error.issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`
				);
				continue;
			}
			count += 1;
			proposed.push(
				action.kind === 'change'
					? `  change: ${label(action)}: ${Object.keys(changes).join(', ')}${reviewerHint(action)}`
					: `  new service: ${label(action)}${action.organization ? `, with its new organization ${action.organization.id}` : ''}${reviewerHint(action)}`
			);
			if (action.kind === 'change') {
				proposed.push(...action.remarks.map((remark) => `    note: ${remark}`));
			}
		}
		const identical = actions.filter((action) => action.kind === 'identical');
		const unmapped = actions.filter((action) => action.kind === 'unmapped');
		const notKept = plan.imported.filter((entry) => entry.unmapped.length > 0);
		const section = (heading: string, lines: string[]) =>
			lines.length > 0 ? [heading, ...lines] : [];
		return {
			ok: failed.length === 0,
			lines: [
				`Proposed ${count} for review, made by the import actor${options.operator ? ` (run by ${options.operator.email}, who may not approve them)` : ''}. They wait in the curators' queue (/redigera): nothing is published until a curator or admin approves each.`,
				...proposed,
				...section(
					`Skipped, the same as the catalogue: ${identical.length}.`,
					identical.map((action) => `  ${label(action)}`)
				),
				...section(
					'Already waiting for review with the same changes, not proposed again:',
					waiting
				),
				...section(
					`Could not be mapped, not proposed: ${unmapped.length} (\`--out FILE\` writes a draft of each for a curator to finish).`,
					unmapped.flatMap((action) => [
						`  ${label(action)}`,
						...(action.kind === 'unmapped' ? action.reasons.map((reason) => `    ${reason}`) : [])
					])
				),
				...section('Could not be proposed:', failed),
				...section(
					'Not kept from the file (the catalogue has no place for it):',
					notKept.flatMap((entry) => [
						`  ${String(entry.draft.id)} (${entry.hsdsId})`,
						...notKeptLines(entry)
					])
				),
				...(options.operator
					? []
					: [
							'Nobody was named as running this import: with --by YOUR-EMAIL (your admin or curator account) the proposals say who brought the file in, and that account cannot approve them.'
						])
			]
		};
	}

	/** Whether an import already proposed these same changes and they still wait for review. */
	async #alreadyWaiting(serviceId: string, changes: ServiceChanges): Promise<boolean> {
		const pending = await this.repository.curation.listProposals({
			status: 'pending',
			serviceId,
			limit: 500
		});
		return pending.some(
			(proposal) => proposal.kind === 'import' && sameContent(proposal.changes, changes)
		);
	}
}
