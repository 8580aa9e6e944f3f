import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCatalogue, type Catalogue, type Geography } from '@stodkartan/core';
import type { ImportPlan } from './import.js';
import { ROOT } from './paths.js';

/**
 * Where an import's changes go: curation proposals in the store (`CurationProposals`, the
 * default), or a catalogue file to review (`ReviewedCatalogueFile`, with `--out`). Each says
 * what it did, line by line, and whether all of it went well.
 */
export interface ImportApplyStep {
	apply(plan: ImportPlan): Promise<{ lines: string[]; ok: boolean }>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** What an HSDS record held that the catalogue does not keep, one line each. */
export function notKeptLines(entry: ImportPlan['imported'][number]): string[] {
	return entry.unmapped.map((item) => `    not kept ${item.path}: ${item.reason}`);
}

/**
 * For those without a store: the changes go to a catalogue file in the contract format,
 * validated like `data/`, for a person to review, and a report beside it lists every service
 * with what could not be mapped. `data/` is never written unless `out` is asked to be there.
 */
export class ReviewedCatalogueFile implements ImportApplyStep {
	constructor(
		readonly out: string,
		readonly regions: Geography,
		readonly today: string
	) {}

	async apply(plan: ImportPlan): Promise<{ lines: string[]; ok: boolean }> {
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
		const ready = plan.imported.filter((entry) => entry.service).length;
		const relative = (name: string) => path.relative(process.cwd(), name) || name;
		return {
			ok: checked.ok,
			lines: [
				`${ready} ready for review, ${plan.imported.length - ready} need a curator (see the report).`,
				...plan.imported.flatMap((entry) => [
					`  ${entry.service ? 'ready' : 'needs a curator'}: ${String(entry.draft.id)} (${entry.hsdsId})`,
					...entry.problems.map((problem) => `    missing ${problem.path}: ${problem.reason}`),
					...notKeptLines(entry)
				]),
				...(checked.ok ? [] : problems.map((problem) => `  catalogue problem: ${problem}`)),
				`Wrote a catalogue file to review (${path.relative(ROOT, this.out) || this.out}) and its report: ${written.map(relative).join(', ')}. data/ is not changed.`,
				'Nothing was proposed or published: review the file, then load it with CATALOGUE_FILE or copy its entries into data/. Without --out, the import proposes its changes in the store for curators to review.'
			]
		};
	}
}
