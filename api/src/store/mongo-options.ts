import { Schema } from 'mongoose';

/**
 * Every collection's schema options: writes and queries with a field the schema does not have
 * throw, rather than being dropped (a dropped query field can widen a filter to everything).
 */
export const SCHEMA_OPTIONS = {
	strict: 'throw',
	strictQuery: 'throw',
	versionKey: false,
	minimize: false
} as const;

/** Nested parts already validated by the catalogue's or curation's schemas are kept as given. */
export const mixed = { type: Schema.Types.Mixed };
