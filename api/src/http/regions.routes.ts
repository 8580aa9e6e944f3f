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

	router.get('/api/regions/postal/:code', (req, res) => {
		const code = parseInput(postalCodeSchema, req.params.code, 'code');
		const municipality = geography.municipalityOfPostalCode(code);
		const county = municipality && geography.county(municipality.countyCode);
		if (!municipality || !county) {
			throw new NotFoundError('That postal code is not in our postal code table.');
		}
		const body: PostalCodeResponse = {
			postalCode: code.replace(/\s+/g, ''),
			municipality: { code: municipality.code, name: municipality.shortName },
			county: { code: county.code, name: county.name }
		};
		res.json(body);
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
