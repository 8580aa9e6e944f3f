import path from 'node:path';
import {
	formatProblems,
	loadConfig,
	loadDataCatalogue,
	loadGaps,
	loadGeography,
	swedishToday
} from '@stodkartan/api';
import {
	AGE_BANDS,
	computeCoverage,
	computeRoleCoverage,
	NEED_CODES,
	SERVICE_ROLES,
	type CoverageCell,
	type RoleCoverage
} from '@stodkartan/core';
import { run } from './run.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function cell({ level, municipalitiesCovered, municipalities }: CoverageCell): string {
	if (level === 'county') return 'L';
	if (level === 'part') return `D${municipalitiesCovered}/${municipalities}`;
	return level === 'national' ? 'N' : '–';
}

/** The second table: services of each role per county, and each county's local routes. */
function roleTables({ national, counties }: RoleCoverage): string[] {
	const width = Math.max(...SERVICE_ROLES.map((role) => role.length)) + 2;
	const column = (text: string | number) => String(text).padStart(4);
	const lines = [
		'Services per role and county (active; local or regional services that reach the county; nat = nationwide)',
		`  ${'role'.padEnd(width)}${column('nat')}${counties.map(({ county }) => column(county.code)).join('')}`
	];
	for (const role of SERVICE_ROLES) {
		lines.push(
			`  ${role.padEnd(width)}${column(national[role])}${counties.map(({ byRole }) => column(byRole[role])).join('')}`
		);
	}
	lines.push(
		'',
		'Local routes per county: municipalities with their own social services, an on-call service, and the Barnahus status',
		`  ${'county'.padEnd(26)}${['social', 'on-call', 'Barnahus', 'gap: none', 'gap: unknown'].map((h) => h.padStart(14)).join('')}`
	);
	const totals = { municipalities: 0, social: 0, onCall: 0, served: 0, none: 0, unknown: 0 };
	for (const { county, municipalities, withSocialServices, withOnCall, barnahus } of counties) {
		const of = (count: number) => `${count}/${municipalities}`.padStart(14);
		lines.push(
			`  ${`${county.name} (${county.code})`.padEnd(26)}${[withSocialServices, withOnCall, barnahus.served, barnahus.none, barnahus.unknown].map(of).join('')}`
		);
		totals.municipalities += municipalities;
		totals.social += withSocialServices;
		totals.onCall += withOnCall;
		totals.served += barnahus.served;
		totals.none += barnahus.none;
		totals.unknown += barnahus.unknown;
	}
	const all = (count: number) => `${count}/${totals.municipalities}`.padStart(14);
	lines.push(
		`  ${'Sweden'.padEnd(26)}${[totals.social, totals.onCall, totals.served, totals.none, totals.unknown].map(all).join('')}`
	);
	return lines;
}

/**
 * `npm run coverage`: per county, which need codes have at least one active service for children
 * under 13, 13–17 and 18–25 in data/ — the first look at the gaps in the support system — then
 * the services per role and county and each county's local routes. `--json` prints the figures
 * as JSON.
 */
async function main(): Promise<number> {
	const config = loadConfig(process.env, ROOT);
	const geography = await loadGeography(config.dataPath);
	const result = await loadDataCatalogue(config.dataPath, geography);
	if (!result.ok) {
		console.error(`data/ is not valid:\n${formatProblems(result.problems)}`);
		return 1;
	}
	const gaps = await loadGaps(config.dataPath, geography);
	const { services } = result.catalogue;
	const coverage = computeCoverage(services, geography);
	const roles = computeRoleCoverage(services, geography, gaps, swedishToday());
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify({ bands: AGE_BANDS, coverage, roles, gaps }, null, 2));
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
			if (inCounty.length > 0) {
				const status = gap.status === 'none' ? 'none' : 'status unknown';
				lines.push(
					`  Documented gap (${status}, ${gap.asOf}, ${inCounty.length} municipalities): ${gap.description.sv}`
				);
			}
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
			`  ${need.padEnd(width)}${counts.map((count, i) => `${AGE_BANDS[i]?.label} ${count}/${coverage.length}`.padEnd(14)).join('')}`
		);
	}
	lines.push('', ...roleTables(roles));
	console.log(lines.join('\n'));
	return 0;
}

run(main);
