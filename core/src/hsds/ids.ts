import { parse as parseUuid, v5 as uuidV5 } from 'uuid';

/**
 * HSDS requires UUIDs for every id. Ours are UUID v5 (name-based, SHA-1) of our own ids under one
 * fixed namespace per entity type, so the same record has the same UUID on every run and machine,
 * and a service and an organization that share an id still get different UUIDs. These values
 * are part of the published interface (README, "HSDS"): never change one.
 */
export const HSDS_NAMESPACES = {
	organization: '7312833c-21d5-4f4d-a8ba-97f98c3720ef',
	service: 'bd025d67-0c95-4bc3-85fe-ab74d9c16ef7',
	location: 'fcdfed21-e4b4-466e-a88d-94d84cd0aefe',
	service_at_location: 'd972c249-b9e5-4dd2-86e0-ff9ed67f1d5f',
	address: '7a283c25-cd4e-4c7e-bdb5-32eb42a69fff',
	phone: '7b168201-fee6-4048-8442-b3cdc48b6210',
	contact: '060472cf-d476-4e50-9994-351f7ff28eb2',
	schedule: 'db7343b7-24b6-4d00-9bb2-c518480b4cfd',
	service_area: '1e5571d6-458d-42bc-a811-98353face808',
	language: '842696ac-2ff0-43ee-a827-921a1a834c33',
	url: '57857b2a-3d9d-4dc1-9cde-f9e2df2a2656',
	accessibility: '9040c6e4-fc1b-4d4b-b673-ff0df409d76a',
	attribute: '2a7991eb-cd45-4df5-bcd7-a59e563e01ec',
	taxonomy: '1fc9ea2c-a62b-4285-9874-294778122821',
	taxonomy_term: '91997fe9-bdc1-47a4-bff9-10a19960c627'
} as const;

export type HsdsEntity = keyof typeof HSDS_NAMESPACES;

/**
 * The UUID of an HSDS record. `name` is our id for organizations and services, and for the
 * records inside a service the service's id with what tells them apart ("bris/phone/116 111").
 */
export function hsdsId(entity: HsdsEntity, name: string): string {
	return uuidV5(name, namespaceBytes[entity]);
}

// Parsed once: the uuid library would parse the namespace text on every call, a tenth of an export.
const namespaceBytes = Object.fromEntries(
	Object.entries(HSDS_NAMESPACES).map(([entity, namespace]) => [entity, parseUuid(namespace)])
) as Record<HsdsEntity, Uint8Array>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
	return UUID.test(value);
}
