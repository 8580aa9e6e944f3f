import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
	NEED_CODES,
	needCodeSchema,
	type NeedCode,
	catalogueSchema,
	centroidsFromGeojson,
	checkCatalogueReferences,
	checkGaps,
	gapsFileSchema,
	type Gap,
	Geography,
	NeedVocabulary,
	parseCatalogue,
	parseGeographyFiles,
	problemsFromZod,
	checkSituationCards,
	situationCardsFileSchema,
	type SituationCardsFile,
	vocabularySchema,
	type Catalogue,
	type CatalogueProblem
} from '@stodkartan/core';

/** A problem in a file of the catalogue: which file, where in it (a JSON path), and what. */
export interface FileProblem extends CatalogueProblem {
	file: string;
}

export type LoadResult =
	| { ok: true; catalogue: Catalogue; warnings: FileProblem[]; files: string[] }
	| { ok: false; problems: FileProblem[] };

export class DataFileError extends Error {
	constructor(readonly problems: FileProblem[]) {
		super(`Invalid data:\n${formatProblems(problems)}`);
		this.name = 'DataFileError';
	}
}

export function formatProblems(problems: readonly FileProblem[]): string {
	return problems.map(({ file, path: at, message }) => `  ${file} ${at}: ${message}`).join('\n');
}

// Made once: toLocaleDateString with a time zone builds a formatter on every call, which cost
// about a tenth of a search's time when every answer asked for today's date.
const swedishDate = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Stockholm',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

// Sweden's day changes on a whole minute (its offsets are whole hours), so one minute's answer
// holds for the whole minute.
let lastMinute = { minute: Number.NaN, day: '' };

/** Today's date in Sweden, as YYYY-MM-DD. */
export function swedishToday(now = new Date()): string {
	const minute = Math.floor(now.getTime() / 60_000);
	if (minute !== lastMinute.minute) lastMinute = { minute, day: swedishDate.format(now) };
	return lastMinute.day;
}

async function readJson(
	file: string,
	label: string
): Promise<{ ok: true; value: unknown } | { ok: false; problems: FileProblem[] }> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		return {
			ok: false,
			problems: [
				{
					file: label,
					path: '$',
					message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
				}
			]
		};
	}
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		return {
			ok: false,
			problems: [
				{ file: label, path: '$', message: `is not valid JSON: ${(error as Error).message}` }
			]
		};
	}
}

/** Checks a file's parsed JSON against a schema, listing every problem under the file's name. */
function validate<T extends z.ZodType>(
	schema: T,
	value: unknown,
	label: string
): { ok: true; value: z.infer<T> } | { ok: false; problems: FileProblem[] } {
	const parsed = schema.safeParse(value);
	return parsed.success
		? { ok: true, value: parsed.data }
		: {
				ok: false,
				problems: problemsFromZod(parsed.error).map((problem) => ({ file: label, ...problem }))
			};
}

/** Reads a data file that must be valid for the server to start at all. */
async function readRequired<T extends z.ZodType>(
	schema: T,
	file: string,
	label: string
): Promise<z.infer<T>> {
	const json = await readJson(file, label);
	const valid = json.ok ? validate(schema, json.value, label) : json;
	if (!valid.ok) throw new DataFileError(valid.problems);
	return valid.value;
}

export async function loadGeography(dataPath: string): Promise<Geography> {
	const geo = path.join(dataPath, 'geo');
	const read = (file: string) => readFile(path.join(geo, file), 'utf8');
	const [countiesCsv, municipalitiesCsv, postalCodesCsv, outlines] = await Promise.all([
		read('counties.csv'),
		read('municipality_county.csv'),
		read('postal_to_municipality.csv'),
		read('municipalities.geojson')
	]);
	return new Geography(
		parseGeographyFiles({
			countiesCsv,
			municipalitiesCsv,
			postalCodesCsv,
			municipalityCentroids: centroidsFromGeojson(JSON.parse(outlines))
		})
	);
}

export async function loadVocabulary(dataPath: string): Promise<NeedVocabulary> {
	return new NeedVocabulary(
		await readRequired(
			vocabularySchema,
			path.join(dataPath, 'needs-vocabulary.json'),
			'data/needs-vocabulary.json'
		)
	);
}

const needsFileSchema = z.object({
	needs: z.array(
		z.object({
			code: needCodeSchema,
			group: z.enum(['concern', 'help']),
			label: z.object({ sv: z.string(), en: z.string() })
		})
	)
});

/** The contract's need codes and labels (`data/needs.json`); they must be exactly the known codes. */
export async function loadNeedLabels(
	dataPath: string
): Promise<Map<NeedCode, { sv: string; en: string }>> {
	const { needs } = await readRequired(
		needsFileSchema,
		path.join(dataPath, 'needs.json'),
		'data/needs.json'
	);
	const codes = needs.map((need) => need.code);
	if (codes.join() !== NEED_CODES.join()) {
		throw new DataFileError([
			{
				file: 'data/needs.json',
				path: '$.needs',
				message: 'does not hold exactly the contract need codes in order'
			}
		]);
	}
	return new Map(needs.map((need) => [need.code, need.label]));
}

/**
 * The documented gaps (`data/gaps.json`): which municipalities lack a kind of service, or have
 * no source for it. Checked like the catalogue: the schema, unique ids and known municipality
 * codes, every problem listed. The server reads them from `data/` whichever catalogue it serves.
 */
export async function loadGaps(dataPath: string, geography: Geography): Promise<Gap[]> {
	const label = 'data/gaps.json';
	const { gaps } = await readRequired(gapsFileSchema, path.join(dataPath, 'gaps.json'), label);
	const problems = checkGaps({ gaps }, geography);
	if (problems.length > 0) {
		throw new DataFileError(problems.map((problem) => ({ file: label, ...problem })));
	}
	return gaps;
}

/**
 * The situation cards (`data/situations.json`): the schema, then unique ids, sources that exist
 * and links that are sources, every problem listed.
 */
export async function loadSituationCards(dataPath: string): Promise<SituationCardsFile> {
	const label = 'data/situations.json';
	const file = await readRequired(
		situationCardsFileSchema,
		path.join(dataPath, 'situations.json'),
		label
	);
	const problems = checkSituationCards(file);
	if (problems.length > 0) {
		throw new DataFileError(problems.map((problem) => ({ file: label, ...problem })));
	}
	return file;
}

/** Reads and validates one catalogue file (the contract format), listing every problem. */
export async function readCatalogueFile(
	file: string,
	geography: Geography,
	today = swedishToday()
): Promise<LoadResult> {
	const label = path.basename(file);
	const json = await readJson(file, label);
	if (!json.ok) return json;
	const parsed = parseCatalogue(json.value, { regions: geography, today });
	if (!parsed.ok) {
		return { ok: false, problems: parsed.problems.map((problem) => ({ file: label, ...problem })) };
	}
	return {
		ok: true,
		catalogue: parsed.catalogue,
		warnings: parsed.warnings.map((problem) => ({ file: label, ...problem })),
		files: [label]
	};
}

/**
 * Reads the project's catalogue: every `*.json` file in `data/catalogue/`, each in the contract
 * format, merged into one (organizations may stand in one file and their services in others).
 * Every problem in every file is listed, with the file and the JSON path inside it; ids must be
 * unique across files.
 */
export async function loadDataCatalogue(
	dataPath: string,
	geography: Geography,
	today = swedishToday()
): Promise<LoadResult> {
	const directory = path.join(dataPath, 'catalogue');
	const names = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
	if (names.length === 0) {
		return {
			ok: false,
			problems: [{ file: 'data/catalogue', path: '$', message: 'holds no catalogue files' }]
		};
	}
	const problems: FileProblem[] = [];
	const files: { label: string; catalogue: Catalogue }[] = [];
	for (const name of names) {
		const label = `data/catalogue/${name}`;
		const json = await readJson(path.join(directory, name), label);
		const valid = json.ok ? validate(catalogueSchema, json.value, label) : json;
		if (valid.ok) files.push({ label, catalogue: valid.value });
		else problems.push(...valid.problems);
	}
	if (problems.length > 0) return { ok: false, problems };

	// Paths in the merged catalogue point back to the file and position each entry came from.
	const origins = { organizations: [] as [string, number][], services: [] as [string, number][] };
	for (const { label, catalogue } of files) {
		catalogue.organizations.forEach((_, i) => origins.organizations.push([label, i]));
		catalogue.services.forEach((_, i) => origins.services.push([label, i]));
	}
	const toFile = (problem: CatalogueProblem): FileProblem => {
		const match = /^\$\.(organizations|services)\[(\d+)\](.*)$/.exec(problem.path);
		const origin = match
			? origins[match[1] as 'organizations' | 'services'][Number(match[2])]
			: undefined;
		return origin && match
			? {
					file: origin[0],
					path: `$.${match[1]}[${origin[1]}]${match[3]}`,
					message: problem.message
				}
			: { file: 'data/catalogue', ...problem };
	};
	const merged: Catalogue = {
		schemaVersion: '1.0',
		name: 'Stödkartan',
		organizations: files.flatMap(({ catalogue }) => catalogue.organizations),
		services: files.flatMap(({ catalogue }) => catalogue.services)
	};
	const checked = checkCatalogueReferences(merged, { regions: geography, today });
	if (checked.problems.length > 0) return { ok: false, problems: checked.problems.map(toFile) };
	return {
		ok: true,
		catalogue: merged,
		warnings: checked.warnings.map(toFile),
		files: files.map(({ label }) => label)
	};
}
