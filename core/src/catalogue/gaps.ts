import { z } from 'zod';
import {
	idSchema,
	localizedTextSchema,
	municipalityCodeSchema,
	needCodeSchema,
	serviceRoleSchema
} from './schema.js';
import {
	duplicateIdProblems,
	formatJsonPath,
	type CatalogueProblem,
	type RegionCodes
} from './validate.js';

/**
 * A documented gap (`data/gaps.json`): a kind of service the sources say is missing for some
 * municipalities ("none"), or that no source was found for ("unknown"). Never a referral target.
 */
export const gapSchema = z.strictObject({
	id: idSchema,
	need: needCodeSchema,
	role: serviceRoleSchema.optional(),
	status: z.enum(['none', 'unknown']),
	municipalities: z.array(municipalityCodeSchema).min(1),
	description: localizedTextSchema,
	sources: z.array(z.string().trim().min(1)).min(1),
	asOf: z.iso.date()
});

export const gapsFileSchema = z.strictObject({
	note: z.string().optional(),
	gaps: z.array(gapSchema)
});

export type Gap = z.infer<typeof gapSchema>;
export type GapsFile = z.infer<typeof gapsFileSchema>;

/** What a schema cannot check: unique ids and municipality codes SCB has. */
export function checkGaps(file: GapsFile, regions: RegionCodes): CatalogueProblem[] {
	const problems = duplicateIdProblems(file.gaps, 'gaps', 'gap');
	file.gaps.forEach((gap, index) => {
		gap.municipalities.forEach((code, i) => {
			if (!regions.hasMunicipality(code)) {
				problems.push({
					path: formatJsonPath(['gaps', index, 'municipalities', i]),
					message: `unknown municipality code "${code}"`
				});
			}
		});
	});
	return problems;
}
