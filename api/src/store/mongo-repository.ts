import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import type { Catalogue, Organization, Service } from '@stodkartan/core';
import type {
	CatalogueRepository,
	CatalogueRevision,
	ReplaceOptions
} from './catalogue-repository.js';
import { MongoCurationRepository } from './mongo-curation.js';
import { mixed, SCHEMA_OPTIONS as OPTIONS } from './mongo-options.js';
import { hashStoredContent, revisionOf } from './revision.js';

// User input never builds a query here, but should it ever, operators in it are neutralised.
mongoose.set('sanitizeFilter', true);

/**
 * Every field of a service. Nested parts were validated by the catalogue schema before they reach
 * the store, so they are kept as given (Mixed); the fields queried are typed and indexed. The
 * `satisfies` makes a field added to the catalogue schema a compile error here until it is added.
 */
const serviceFields = {
	id: { type: String, required: true, unique: true },
	organizationId: { type: String, required: true, index: true },
	name: { ...mixed, required: true },
	description: { ...mixed, required: true },
	needs: { type: [String], required: true, index: true },
	eligibility: { ...mixed, required: true },
	serviceArea: { ...mixed, required: true },
	contacts: { ...mixed, required: true },
	locations: mixed,
	languages: { type: [String], default: undefined },
	anonymous: Boolean,
	free: Boolean,
	requiresReferral: Boolean,
	emergency: Boolean,
	audience: { type: [String], default: undefined },
	keywords: mixed,
	status: { type: String, required: true, enum: ['active', 'paused', 'inactive'], index: true },
	lastVerified: { type: String, required: true },
	sources: { type: [String], default: undefined },
	afterContact: mixed,
	confidence: String,
	verifiedBy: String,
	kind: String,
	role: String,
	caveats: mixed,
	website: String
} satisfies Record<keyof Service, unknown>;

const organizationFields = {
	id: { type: String, required: true, unique: true },
	name: { type: String, required: true },
	type: { type: String, required: true, enum: ['public', 'nonprofit', 'private'] },
	description: mixed,
	website: String,
	email: String
} satisfies Record<keyof Organization, unknown>;

const serviceSchema = new Schema(
	{ _id: { type: String, required: true }, ...serviceFields },
	{ ...OPTIONS, collection: 'services' }
);
const organizationSchema = new Schema(
	{ _id: { type: String, required: true }, ...organizationFields },
	{ ...OPTIONS, collection: 'organizations' }
);
const metaSchema = new Schema(
	{ _id: { type: String, required: true }, revision: { ...mixed, required: true } },
	{ ...OPTIONS, collection: 'catalogue_meta' }
);

type Stored<T> = T & { _id: string };

interface MetaDocument {
	_id: string;
	revision: CatalogueRevision;
}

/** A stored document without MongoDB's own `_id`: exactly what was validated and written. */
function withoutId<T>({ _id, ...rest }: Stored<T>): T {
	return rest as unknown as T;
}

const REVISION_ID = 'catalogue';

/**
 * The MongoDB store (mongoose), for deployments with several API instances: set `MONGODB_URI`.
 * On a replica set or Atlas a catalogue is replaced in one transaction; on a standalone server
 * the replacement is written service by service and the revision last, so instances that poll
 * the revision reload only once the new catalogue is complete.
 */
export class MongoCatalogueRepository implements CatalogueRepository {
	readonly kind = 'mongodb';
	readonly #connection: Connection;
	readonly #services: Model<Stored<Service>>;
	readonly #organizations: Model<Stored<Organization>>;
	readonly #meta: Model<MetaDocument>;
	readonly curation: MongoCurationRepository;

	private constructor(connection: Connection) {
		this.#connection = connection;
		this.#services = connection.model<Stored<Service>>('Service', serviceSchema);
		this.#organizations = connection.model<Stored<Organization>>(
			'Organization',
			organizationSchema
		);
		this.#meta = connection.model<MetaDocument>('CatalogueMeta', metaSchema);
		this.curation = new MongoCurationRepository(connection, {
			services: this.#services,
			organizations: this.#organizations,
			meta: this.#meta
		});
	}

	/** `dbName` overrides the database of the connection string (the contract tests use their own). */
	static async connect(
		uri: string,
		options: { dbName?: string } = {}
	): Promise<MongoCatalogueRepository> {
		const connection = await mongoose
			.createConnection(uri, {
				serverSelectionTimeoutMS: 10_000,
				...(options.dbName ? { dbName: options.dbName } : {})
			})
			.asPromise();
		const repository = new MongoCatalogueRepository(connection);
		await Promise.all([
			repository.#services.syncIndexes(),
			repository.#organizations.syncIndexes(),
			repository.curation.syncIndexes()
		]);
		return repository;
	}

	async replaceCatalogue(catalogue: Catalogue, source: string, options: ReplaceOptions = {}) {
		const revision = revisionOf(catalogue, source, options.serviceJson);
		const current = options.force ? null : await this.revision();
		if (current?.id === revision.id) return { revision: current, changed: false };
		const write = async (session: mongoose.ClientSession | null) => {
			const options = session ? { session } : {};
			const serviceIds = catalogue.services.map((service) => service.id);
			const organizationIds = catalogue.organizations.map((organization) => organization.id);
			if (catalogue.organizations.length > 0) {
				await this.#organizations.bulkWrite(
					catalogue.organizations.map((organization) => ({
						replaceOne: {
							filter: { _id: organization.id },
							replacement: { _id: organization.id, ...organization },
							upsert: true
						}
					})),
					{ ...options, ordered: false }
				);
			}
			for (let start = 0; start < catalogue.services.length; start += 1000) {
				await this.#services.bulkWrite(
					catalogue.services.slice(start, start + 1000).map((service) => ({
						replaceOne: {
							filter: { _id: service.id },
							replacement: { _id: service.id, ...service },
							upsert: true
						}
					})),
					{ ...options, ordered: false }
				);
			}
			// With sanitizeFilter on, operators the server builds itself must be marked as trusted.
			await this.#services.deleteMany({ _id: mongoose.trusted({ $nin: serviceIds }) }, options);
			await this.#organizations.deleteMany(
				{ _id: mongoose.trusted({ $nin: organizationIds }) },
				options
			);
			await this.#meta.replaceOne(
				{ _id: REVISION_ID },
				{ _id: REVISION_ID, revision },
				{ ...options, upsert: true }
			);
		};
		const session = await this.#connection.startSession();
		try {
			await session.withTransaction(() => write(session));
		} catch (error) {
			// A standalone server has no transactions (IllegalOperation, code 20): write without one.
			if ((error as { code?: number }).code !== 20) throw error;
			await write(null);
		} finally {
			await session.endSession();
		}
		return { revision, changed: true };
	}

	async revision(): Promise<CatalogueRevision | null> {
		const meta = await this.#meta.findById(REVISION_ID).lean<MetaDocument>();
		return meta?.revision ?? null;
	}

	async allServices(): Promise<Service[]> {
		const documents = await this.#services.find({}).lean<Stored<Service>[]>();
		return documents.map(withoutId);
	}

	async allOrganizations(): Promise<Organization[]> {
		const documents = await this.#organizations.find({}).lean<Stored<Organization>[]>();
		return documents.map(withoutId);
	}

	async contentHash() {
		const inIdOrder = <T>(model: Model<Stored<T>>) =>
			(async function* () {
				for await (const document of model.find({}).sort({ _id: 1 }).lean<Stored<T>>().cursor()) {
					yield withoutId<T>(document as Stored<T>);
				}
			})();
		return hashStoredContent({
			organizations: () => inIdOrder(this.#organizations),
			services: () => inIdOrder(this.#services)
		});
	}

	// Ids are only ever strings: anything else (an object smuggled past validation) finds nothing.
	async findServiceById(id: string): Promise<Service | null> {
		if (typeof id !== 'string') return null;
		const document = await this.#services.findById(id).lean<Stored<Service>>();
		return document ? withoutId(document) : null;
	}

	async findServicesByIds(ids: readonly string[]): Promise<Service[]> {
		const wanted = ids.filter((id): id is string => typeof id === 'string');
		const documents = await this.#services
			.find({ _id: mongoose.trusted({ $in: wanted }) })
			.lean<Stored<Service>[]>();
		const byId = new Map(documents.map((document) => [document._id, withoutId(document)]));
		return ids.flatMap((id) => byId.get(id) ?? []);
	}

	async close(): Promise<void> {
		await this.#connection.close();
	}

	/** Removes the whole database: for the contract tests' own databases only. */
	async dropDatabase(): Promise<void> {
		await this.#connection.dropDatabase();
	}
}
