import type { Router } from 'express';
import { z } from 'zod';
import {
	postalCodeSchema,
	type PlaceSearchResponse,
	type PostalCodeResponse,
	type RegionsResponse
} from '@stodkartan/core';
import type { AppDependencies } from './context.js';
import { NotFoundError, parseInput } from './errors.js';

export const placeSearchRequestSchema = z.strictObject({
	text: z
		.string()
		.trim()
		.min(1)
		.max(80)
		.describe('A place name as typed: a municipality or a locality.')
});

export const postalCodeRequestSchema = z.strictObject({
	postalCode: postalCodeSchema.describe('A Swedish postal code, e.g. "903 44".')
});

export function registerRegionRoutes(router: Router, { geography }: AppDependencies): void {
	const regions: RegionsResponse = {
		counties: geography.counties.map((county) => ({
			...county,
			municipalities: geography
				.municipalitiesIn(county.code)
				.map(({ code, name, shortName, centroid }) => ({ code, name, shortName, centroid }))
		}))
	};
	router.get('/api/regions', (_req, res) => {
		res.json(regions);
	});

	const postalArea = (code: string): PostalCodeResponse => {
		const municipality = geography.municipalityOfPostalCode(code);
		const county = municipality && geography.county(municipality.countyCode);
		if (!municipality || !county) {
			throw new NotFoundError('That postal code is not in our postal code table.');
		}
		return {
			postalCode: code.replace(/\s+/g, ''),
			municipality: { code: municipality.code, name: municipality.shortName },
			county: { code: county.code, name: county.name }
		};
	};
	// The postal code in the URL, where proxies and logs keep it; the POST keeps it out.
	router.get('/api/regions/postal/:code', (req, res) => {
		res.json(postalArea(parseInput(postalCodeSchema, req.params.code, 'code')));
	});
	router.post('/api/regions/postal', (req, res) => {
		res.json(postalArea(parseInput(postalCodeRequestSchema, req.body ?? {}, 'body').postalCode));
	});

	// A POST, so that a place someone typed never stands in a URL that proxies and histories keep.
	router.post('/api/places/search', (req, res) => {
		const { text } = parseInput(placeSearchRequestSchema, req.body ?? {}, 'body');
		const body: PlaceSearchResponse = {
			places: geography.findPlaces(text).map(({ municipality, county, matchedName }) => ({
				municipality: { code: municipality.code, name: municipality.shortName },
				county: { code: county.code, name: county.name },
				matchedName
			}))
		};
		res.json(body);
	});
}
