import { fromHsdsService, hsdsServicesIn } from '@stodkartan/core';
import { testGeography } from '../support/domain.js';
import { hsdsExample, hsdsSchemas } from '../support/hsds.js';

// The official HSDS examples (a UK counselling service) read into the catalogue contract:
// everything the contract can hold is kept; everything else is listed, with why.

const importExample = (raw: Record<string, unknown>) =>
	fromHsdsService(raw, { regions: testGeography(), file: 'service_full.json' });

describe('the official examples', () => {
	test('are valid HSDS, as the importer checks first', () => {
		const schemas = hsdsSchemas();
		expect(schemas.issues('service', hsdsExample('service_full.json'))).toEqual([]);
		const list = hsdsServicesIn(hsdsExample('service_list.json'));
		expect(list?.shape).toBe('page');
		for (const item of list?.items ?? []) expect(schemas.issues('service', item)).toEqual([]);
	});

	test('service_full.json keeps every field the catalogue contract can hold', () => {
		const imported = importExample(hsdsExample('service_full.json'));
		expect(imported.draft).toMatchObject({
			id: 'community-counselling-ac148810',
			organizationId: 'example-organization-inc-d9d5e0f5',
			name: { sv: 'Community Counselling' },
			description: {
				sv: expect.stringContaining('Counselling Services provided by trained professionals')
			},
			website: 'http://example.com/counselling',
			status: 'active',
			eligibility: {
				minAge: 12,
				maxAge: 100,
				note: {
					sv: 'This service is intended for all people aged 12 and over who require counselling services in the MyCity area'
				}
			},
			lastVerified: '2005-01-01',
			languages: ['ur'],
			keywords: { sv: ['MyCity Counselling Services'] },
			contacts: [
				{
					channel: 'phone',
					value: '+44 1234 234567',
					note: { sv: expect.stringContaining('Anknytning 100.') }
				},
				{ channel: 'email', value: 'email@example.com' }
			],
			sources: [
				'HSDS service_full.json, service ac148810-d857-441c-9679-408f346de14b',
				'http://example.com/counselling'
			]
		});
		expect(imported.organizationDraft).toEqual({
			id: 'example-organization-inc-d9d5e0f5',
			name: 'Example Organization Inc.',
			description: { sv: expect.stringContaining('Example Org is a non-profit organization') },
			website: 'http://example.com',
			email: 'email@example.com'
		});
		expect(imported.provenance).toEqual({
			file: 'service_full.json',
			hsdsId: 'ac148810-d857-441c-9679-408f346de14b',
			organizationHsdsId: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
			lastModified: '2023-03-15T10:30:45.123Z',
			assuredDate: '2005-01-01'
		});
	});

	test('says precisely what the contract cannot hold, and what a curator must add', () => {
		const imported = importExample(hsdsExample('service_full.json'));
		expect(imported.service).toBeUndefined();
		expect(imported.problems.map((problem) => problem.path)).toEqual([
			'$.organization',
			'$.needs',
			'$.serviceArea'
		]);
		expect(imported.unmapped.map((item) => item.path).sort()).toEqual(
			[
				'$',
				'$.accreditations',
				'$.additional_urls[0]',
				'$.alert',
				'$.alternate_name',
				'$.application_process',
				'$.assurer_email',
				'$.attributes[0]',
				'$.capacities',
				'$.contacts[0]',
				'$.cost_options',
				'$.fees',
				'$.fees_description',
				'$.funding',
				'$.interpretation_services',
				'$.languages[0].note',
				'$.licenses',
				'$.metadata',
				'$.organization.contacts',
				'$.organization.funding',
				'$.organization.legal_status',
				'$.organization.locations',
				'$.organization.logo',
				'$.organization.organization_identifiers',
				'$.organization.parent_organization_id',
				'$.organization.phones',
				'$.organization.programs',
				'$.organization.tax_status',
				'$.organization.uri',
				'$.organization.year_incorporated',
				'$.phones[0].languages',
				'$.program',
				'$.required_documents',
				'$.schedules[0]',
				'$.service_areas[0]',
				'$.service_at_locations[0].location',
				'$.wait_time'
			].sort()
		);
	});

	test('a Swedish publisher’s record with SCB names, a weekly schedule and our need terms becomes a complete entry', () => {
		const raw = {
			...hsdsExample('service_full.json'),
			name: 'Stödmottagning för unga',
			service_areas: [{ id: '381c64f1-a724-4884-9c21-ac96c21cca3e', name: 'Sundsvalls kommun' }],
			schedules: [
				{
					id: '48102e86-bb50-41c4-8f1e-e269368c41d1',
					freq: 'WEEKLY',
					byday: 'MO,WE',
					opens_at: '09:00',
					closes_at: '16:00'
				}
			],
			service_at_locations: [],
			attributes: [
				{
					id: 'ae58cc39-8b70-4ab1-8aea-786882e5ac8e',
					taxonomy_term_id: '3f7b145d-84af-42d7-8fae-eaca714b02b2',
					taxonomy_term: {
						id: '3f7b145d-84af-42d7-8fae-eaca714b02b2',
						code: 'someone-to-talk-to',
						name: 'Prata med någon',
						description: '-',
						taxonomy_id: 'e5fe3aef-1a3c-5aa8-b2d3-2c4f8fb6d0f8'
					}
				}
			],
			organization: {
				...(hsdsExample('service_full.json').organization as object),
				stodkartan: { id: 'example-organization', type: 'nonprofit' }
			}
		};
		const imported = importExample(raw);
		expect(imported.problems).toEqual([]);
		expect(imported.service).toMatchObject({
			needs: ['someone-to-talk-to'],
			serviceArea: { scope: 'local', municipalities: ['2281'] },
			contacts: [
				{
					channel: 'phone',
					hours: { weekly: [{ days: [1, 3], opens: '09:00', closes: '16:00' }] }
				},
				{ channel: 'email' }
			]
		});
	});
});
