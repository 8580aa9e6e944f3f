import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCatalogue, type Catalogue, type Geography } from '@stodkartan/core';
import type { ImportPlan } from './import.js';
import { ROOT } from './paths.js';

/** Where an import's changes go. Curation proposals (issue 11) will be a second implementation. */
export interface ImportApplyStep {
	readonly description: string;
	apply(plan: ImportPlan): Promise<{ written: string[]; problems: string[] }>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Until curation proposals exist, the changes go to a catalogue file in the contract format,
 * validated like `data/`, for a person to review, and a report beside it lists every service
 * with what could not be mapped. `data/` is never written unless `out` is asked to be there.
 */
export class ReviewedCatalogueFile implements ImportApplyStep {
	readonly description: string;

	constructor(
		readonly out: string,
		readonly regions: Geography,
		readonly today: string
	) {
		this.description = `a reviewed catalogue file (${path.relative(ROOT, out) || out}); data/ is not changed`;
	}

	async apply(plan: ImportPlan): Promise<{ written: string[]; problems: string[] }> {
		const catalogue: Catalogue = {
			schemaVersion: '1.0',
			name: `HSDS-import av ${path.basename(plan.file)}, att granska`,
			organizations: plan.changes.organizations,
			services: plan.changes.services
		};
		const checked = parseCatalogue(catalogue, { regions: this.regions, today: this.today });
		const problems = checked.ok
			? checked.warnings.map((warning) => `${warning.path}: ${warning.message}`)
			: checked.problems.map((problem) => `${problem.path}: ${problem.message}`);
		const report = path.join(
			path.dirname(this.out),
			`${path.basename(this.out, '.json')}.report.json`
		);
		await mkdir(path.dirname(this.out), { recursive: true });
		const written: string[] = [];
		if (checked.ok) {
			await writeFile(this.out, json(catalogue));
			written.push(this.out);
		}
		await writeFile(
			report,
			json({
				file: plan.file,
				shape: plan.shape,
				catalogue: checked.ok ? path.basename(this.out) : null,
				catalogueProblems: problems,
				invalid: plan.invalid,
				services: plan.imported.map((entry) => ({
					hsdsId: entry.hsdsId,
					id: entry.draft.id,
					name: entry.draft.name,
					ready: entry.service !== undefined,
					provenance: entry.provenance,
					problems: entry.problems,
					unmapped: entry.unmapped,
					...(entry.service ? {} : { draft: entry.draft }),
					...(entry.organization || !entry.organizationDraft
						? {}
						: { organizationDraft: entry.organizationDraft })
				}))
			})
		);
		written.push(report);
		return { written, problems: checked.ok ? [] : problems };
	}
}
