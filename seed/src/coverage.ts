import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblems, loadConfig, loadDataCatalogue, loadGeography } from '@stodkartan/api';
import { AGE_BANDS, computeCoverage, NEED_CODES, type CoverageCell } from '@stodkartan/core';
import { run } from './run.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Gap {
	id: string;
	need: string;
	municipalities: string[];
	description: { sv: string; en?: string };
	asOf: string;
}

function cell({ level, municipalitiesCovered, municipalities }: CoverageCell): string {
	if (level === 'county') return 'L';
	if (level === 'part') return `D${municipalitiesCovered}/${municipalities}`;
	return level === 'national' ? 'N' : '–';
}

/**
 * `npm run coverage`: per county, which need codes have at least one active service for children
 * under 13, 13–17 and 18–25 in data/ — the first look at the gaps in the support system.
 * `--json` prints the figures as JSON.
 */
async function main(): Promise<number> {
	const config = loadConfig(process.env, ROOT);
	const geography = await loadGeography(config.dataPath);
	const result = await loadDataCatalogue(config.dataPath, geography);
	if (!result.ok) {
		console.error(`data/ is not valid:\n${formatProblems(result.problems)}`);
		return 1;
	}
	const coverage = computeCoverage(result.catalogue.services, geography);
	const gaps = (
		JSON.parse(readFileSync(path.join(config.dataPath, 'gaps.json'), 'utf8')) as { gaps: Gap[] }
	).gaps;
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify({ bands: AGE_BANDS, coverage, gaps }, null, 2));
		return 0;
	}
	const lines: string[] = [
		'Coverage of the support system in data/, per county, need and age band',
		'L = a service for the whole county (regional, or local ones together in every municipality)',
		'Dx/y = local services in x of the y municipalities only',
		'N = only nationwide services (lines, chats, websites, pathways)',
		'– = nothing at all',
		'The catalogue is still young: a gap here can be a gap in the catalogue rather than in reality.',
		''
	];
	const width = Math.max(...NEED_CODES.map((code) => code.length)) + 2;
	for (const { county, cells } of coverage) {
		lines.push(`${county.name} (${county.code})`);
		lines.push(
			`  ${'need'.padEnd(width)}${AGE_BANDS.map((band) => band.label.padEnd(9)).join('')}`
		);
		for (const need of NEED_CODES) {
			lines.push(
				`  ${need.padEnd(width)}${AGE_BANDS.map((band) => cell(cells[need][band.id]).padEnd(9)).join('')}`
			);
		}
		for (const gap of gaps) {
			const inCounty = gap.municipalities.filter(
				(code) => geography.municipality(code)?.countyCode === county.code
			);
			if (inCounty.length > 0) lines.push(`  Documented gap (${gap.asOf}): ${gap.description.sv}`);
		}
		lines.push('');
	}
	lines.push('Counties with no service beyond nationwide ones, per need and age band:');
	for (const need of NEED_CODES) {
		const counts = AGE_BANDS.map(
			(band) =>
				coverage.filter(({ cells }) => ['national', 'none'].includes(cells[need][band.id].level))
					.length
		);
		lines.push(
			`  ${need.padEnd(width)}${counts.map((count, i) => `${AGE_BANDS[i]?.label} ${count}/21`.padEnd(14)).join('')}`
		);
	}
	console.log(lines.join('\n'));
	return 0;
}

run(main);
