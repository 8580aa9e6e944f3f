import {
	CatalogueIndex,
	HsdsDirectory,
	hsdsContext,
	type NeedTermSource,
	listServices,
	localRoutesFor,
	LocalRoutesIndex,
	matchServices,
	swedishClockAt,
	toPublicService,
	type Catalogue,
	type Gap,
	type Geography,
	type HealthResponse,
	type ListServicesQuery,
	type LocalRoutesResponse,
	type MatchRequest,
	type NeedVocabulary,
	type Organization,
	type PublicService,
	type RouteCandidate,
	type Service
} from '@stodkartan/core';
import { importCatalogue, type ImportResult } from '../curation/import.js';
import { swedishToday } from '../data/data-files.js';
import type { Logger } from '../logger.js';
import type { CatalogueRepository, CatalogueRevision } from '../store/catalogue-repository.js';
import type { StoreCheck } from '../store/embedded-check.js';
import { StoreDamagedError } from '../store/store-damaged-error.js';
import { JsonShelf } from './json-shelf.js';
import {
	readBackBy,
	readBackIn,
	readVerifiedCatalogue,
	type Validation
} from './verify-catalogue.js';

interface Loaded {
	revision: CatalogueRevision;
	index: CatalogueIndex;
	organizations: ReadonlyMap<string, Organization>;
	activeServices: number;
	/** Each municipality's social services, on-call service, Barnahus and other local routes. */
	localRoutes: LocalRoutesIndex;
	/**
	 * Every service of this revision as validated (its JSON, UTF-8), in the index's order: the
	 * answers' only source, so the store is never read to answer.
	 */
	records: JsonShelf;
	/** Services as their public JSON (UTF-8), by id, for this revision and `jsonDay` only. */
	json: Map<string, Buffer>;
	/** The Swedish date the JSON was made for: a service's confidence can change at midnight. */
	jsonDay: string;
}

/**
 * How many services keep their public JSON in memory. Serializing services was a fifth of the
 * time of a match at 10,000 services; answers mostly repeat the national lines, so a few
 * thousand entries cover nearly all of them.
 */
const JSON_CACHE_SIZE = 20_000;

const COMMA = Buffer.from(',');
const SERVICE_START = Buffer.from('{"service":');

export class CatalogueNotReadyError extends Error {
	constructor() {
		super('The catalogue is not loaded yet.');
		this.name = 'CatalogueNotReadyError';
	}
}

/**
 * The catalogue as the API serves it. Answers come from memory only: the catalogue read back
 * from the store and verified (its content hash is its revision, and it passes the contract),
 * its matching index, and every service's public JSON. The store is read again only when its
 * revision changes (checked every few seconds, so several API instances on one MongoDB, or
 * `npm run seed` beside a running server, stay in step), and a new revision that fails the
 * same checks is not served: the last good catalogue stays, and health says what is wrong.
 */
export class CatalogueService {
	readonly #repository: CatalogueRepository;
	readonly #geography: Geography;
	readonly #vocabulary: NeedVocabulary;
	readonly #gaps: readonly Gap[];
	readonly #logger: Logger;
	readonly #check: ((validate: Validation) => Promise<StoreCheck>) | undefined;
	#loaded: Loaded | undefined;
	#problem: string | undefined;
	#problemDetail: string | undefined;
	#timer: NodeJS.Timeout | undefined;
	#refreshing: Promise<void> | undefined;
	#hsds: { revision: string; today: string; directory: Promise<HsdsDirectory> } | undefined;
	readonly #rebuildIntervalMs: number;
	#builtAt = 0;
	#scheduled: NodeJS.Timeout | undefined;

	constructor(dependencies: {
		repository: CatalogueRepository;
		geography: Geography;
		vocabulary: NeedVocabulary;
		/** Documented gaps (`data/gaps.json`), for the Barnahus of each municipality. */
		gaps?: readonly Gap[];
		logger: Logger;
		/** Checks the store apart before this process reads it (the embedded store: a child). */
		check?: (validate: Validation) => Promise<StoreCheck>;
		/**
		 * The least time between two index rebuilds after publications on this instance (the
		 * poll interval on a server; 0 in tests): a burst of approvals costs one rebuild.
		 */
		rebuildIntervalMs?: number;
	}) {
		this.#repository = dependencies.repository;
		this.#geography = dependencies.geography;
		this.#vocabulary = dependencies.vocabulary;
		this.#gaps = dependencies.gaps ?? [];
		this.#logger = dependencies.logger;
		this.#check = dependencies.check;
		this.#rebuildIntervalMs = dependencies.rebuildIntervalMs ?? 0;
	}

	get isReady(): boolean {
		return this.#loaded !== undefined;
	}

	get storeKind(): 'embedded' | 'mongodb' {
		return this.#repository.kind;
	}

	get revision(): CatalogueRevision | undefined {
		return this.#loaded?.revision;
	}

	/**
	 * Makes the store hold this catalogue (validated by the caller) and serves it; what was
	 * written is then read back as writeVerifiedCatalogue does, and must hash to the new revision
	 * or nothing is served (StoreDamagedError).
	 */
	async replace(
		catalogue: Catalogue,
		source: string,
		options: { force?: boolean; verified?: string | undefined } = {}
	): Promise<{ revision: CatalogueRevision; changed: boolean }> {
		// Each service is serialized once: for its share of the revision hash and for the records
		// answers are made from.
		const serviceJson = catalogue.services.map((service) => JSON.stringify(service));
		const result = await this.#repository.replaceCatalogue(catalogue, source, {
			force: options.force ?? false,
			serviceJson
		});
		this.#serve(result.revision, catalogue, serviceJson);
		// The read-back starts once the index is built: run beside it, it took the second core the
		// index build's garbage collection uses, and made the build slower by half at 100,000.
		const readBack = this.#check ? readBackBy(this.#check) : readBackIn(this.#repository);
		const damage =
			result.changed || result.revision.id !== options.verified
				? await readBack(result.revision)
				: undefined;
		if (damage) {
			this.#loaded = undefined;
			throw damage;
		}
		return result;
	}

	/**
	 * Imports a catalogue (data/ or a file) without overwriting what curation changed in the
	 * store (see importCatalogue): a store curation never touched is replaced as before, read
	 * back and verified; otherwise the changes go through the proposal path and the store is
	 * served as it then is. A store being rebuilt (found damaged) is always replaced whole.
	 */
	async import(
		catalogue: Catalogue,
		source: string,
		options: { force?: boolean; verified?: string | undefined } = {}
	): Promise<ImportResult> {
		const result = await importCatalogue(this.#repository, catalogue, source, new Date(), {
			force: options.force ?? false,
			replace: (incoming, name) => this.replace(incoming, name, options)
		});
		if (!result.fast) await this.#reload();
		return result;
	}

	/**
	 * Serves what the store holds, read back and verified (or `verified`: a catalogue a check of
	 * the store read whole). Throws StoreDamagedError when it is damaged; false when empty.
	 */
	async loadFromStore(
		options: {
			validated?: string;
			verified?: { revision: CatalogueRevision; catalogue: Catalogue };
		} = {}
	): Promise<boolean> {
		if (options.verified) {
			this.#serve(options.verified.revision, options.verified.catalogue);
			return true;
		}
		const stored = await readVerifiedCatalogue(this.#repository, this.#geography, options);
		if (stored.state === 'empty') return false;
		if (stored.state === 'damaged') {
			throw new StoreDamagedError(`The catalogue store is damaged: ${stored.reason}.`);
		}
		this.#serve(stored.revision, stored.catalogue);
		return true;
	}

	/** `serviceJson`: the services' JSON in order, when the caller already made it. */
	#serve(
		revision: CatalogueRevision,
		{ services, organizations }: Catalogue,
		serviceJson?: readonly string[]
	) {
		const started = performance.now();
		const index = new CatalogueIndex(services, this.#geography, revision.id);
		this.#builtAt = Date.now();
		const byId = new Map(organizations.map((organization) => [organization.id, organization]));
		const records = new JsonShelf(services.length);
		for (const [position, service] of services.entries()) {
			records.add(serviceJson?.[position] ?? JSON.stringify(service));
		}
		this.#loaded = {
			revision,
			index,
			organizations: byId,
			activeServices: services.filter((service) => service.status === 'active').length,
			localRoutes: new LocalRoutesIndex(services.flatMap(routeCandidate)),
			records,
			json: new Map(),
			jsonDay: ''
		};
		this.#problem = this.#problemDetail = undefined;
		this.#logger.info(
			{
				revision: revision.id,
				services: services.length,
				ms: Math.round(performance.now() - started)
			},
			'catalogue index built'
		);
	}

	/** Checks the store's revision every `seconds` and reloads when another process changed it. */
	watch(seconds: number): void {
		if (seconds <= 0) return;
		this.#timer = setInterval(() => void this.refresh(), seconds * 1000);
		this.#timer.unref();
	}

	async refresh(): Promise<void> {
		this.#refreshing ??= (async () => {
			try {
				const revision = await this.#repository.revision();
				if (revision?.id === this.#loaded?.revision.id) {
					this.#problem = this.#problemDetail = undefined;
				}
				if (!revision || revision.id === this.#loaded?.revision.id) return;
				await this.#reload();
			} catch (error) {
				this.#keepServing(
					error instanceof StoreDamagedError
						? error.message
						: `the store cannot be read (${(error as Error).name})`
				);
			} finally {
				this.#refreshing = undefined;
			}
		})();
		return this.#refreshing;
	}

	async #reload(): Promise<void> {
		if (!this.#check) {
			await this.loadFromStore();
			return;
		}
		// What another process wrote is served as it is: it is always validated.
		const check = await this.#check('always');
		if (check.state === 'damaged') {
			throw new StoreDamagedError(`The catalogue store is damaged: ${check.reason}.`);
		}
		if (check.state === 'ok') await this.loadFromStore({ validated: check.revision.id });
	}

	/**
	 * A new catalogue in the store cannot be served: the loaded one stays. Health says so in
	 * general words (it is public); the log says what is wrong, once.
	 */
	#keepServing(detail: string) {
		const problem = this.#loaded
			? `The store's newest catalogue failed its checks; revision ${this.#loaded.revision.id} is still served.`
			: 'The store cannot be read.';
		if (detail === this.#problemDetail) return;
		this.#problem = problem;
		this.#problemDetail = detail;
		this.#logger.error(
			{ problem: detail, serving: this.#loaded?.revision.id },
			'the store changed and cannot be served; serving the last good catalogue'
		);
	}

	/**
	 * After curation published a change here: the index follows at once, unless it was rebuilt
	 * moments ago (a burst of approvals); then the next poll of the revision picks it up, as on
	 * every other instance, so a burst costs one rebuild per poll interval. An urgent one (an
	 * admin's revert of a bad change) is followed at once, whatever the burst.
	 */
	async published(options: { urgent?: boolean } = {}): Promise<void> {
		const wait = this.#builtAt + this.#rebuildIntervalMs - Date.now();
		if (wait <= 0 || options.urgent) {
			// A refresh already under way may have read the revision before this publication.
			await this.#refreshing;
			return this.refresh();
		}
		if (this.#timer) return;
		this.#scheduled ??= setTimeout(() => {
			this.#scheduled = undefined;
			void this.refresh();
		}, wait).unref();
	}

	async close(): Promise<void> {
		if (this.#timer) clearInterval(this.#timer);
		if (this.#scheduled) clearTimeout(this.#scheduled);
		await this.#refreshing;
		await this.#repository.close();
	}

	#require(): Loaded {
		if (!this.#loaded) throw new CatalogueNotReadyError();
		return this.#loaded;
	}

	/**
	 * The catalogue as the HSDS API reads it, built on first use for each revision (so a server
	 * nobody asks for HSDS pays nothing) and each day, from the verified catalogue in memory (the
	 * store is never read to answer). `last_modified` is the revision's load time: the store
	 * keeps no change time per service.
	 */
	hsds(needs: readonly NeedTermSource[], now: Date): Promise<HsdsDirectory> {
		const loaded = this.#require();
		const { revision } = loaded;
		// A new day can lower a confidence (old sources), so each day has its own directory.
		const today = swedishToday(now);
		if (this.#hsds?.revision !== revision.id || this.#hsds.today !== today) {
			const directory = Promise.resolve().then(() => {
				const services: Service[] = [];
				for (let position = 0; position < loaded.records.size; position++) {
					const record = loaded.records.get(position) as Buffer;
					services.push(JSON.parse(record.toString('utf8')) as Service);
				}
				return new HsdsDirectory(
					{ services, organizations: [...loaded.organizations.values()] },
					hsdsContext({
						regions: this.#geography,
						needs,
						modifiedAt: revision.loadedAt,
						today
					})
				);
			});
			directory.catch(() => {
				if (this.#hsds?.directory === directory) this.#hsds = undefined;
			});
			this.#hsds = { revision: revision.id, today, directory };
		}
		return this.#hsds.directory;
	}

	/**
	 * The public JSON (UTF-8) of a service on `today`, from the cache or made from the service as
	 * validated; undefined for an id the catalogue does not have.
	 */
	#json(loaded: Loaded, id: string, today: string): Buffer | undefined {
		if (loaded.jsonDay !== today) {
			loaded.json.clear();
			loaded.jsonDay = today;
		}
		const cached = loaded.json.get(id);
		if (cached !== undefined) return cached;
		const position = loaded.index.positionOf(id);
		const record = position === undefined ? undefined : loaded.records.get(position);
		if (record === undefined) return undefined;
		const service = JSON.parse(record.toString('utf8')) as Service;
		const json = Buffer.from(
			JSON.stringify(
				toPublicService(service, loaded.organizations.get(service.organizationId), today)
			)
		);
		if (loaded.json.size >= JSON_CACHE_SIZE) {
			loaded.json.delete(loaded.json.keys().next().value as string);
		}
		loaded.json.set(id, json);
		return json;
	}

	/**
	 * Where should this child be referred: the answer of `POST /api/match` (a `MatchResponse`) as
	 * UTF-8 JSON, joined from the services' JSON rather than serialized anew each time.
	 */
	async match(request: MatchRequest, now: Date): Promise<Buffer> {
		const loaded = this.#require();
		const outcome = matchServices(
			request,
			{ index: loaded.index, geography: this.#geography, vocabulary: this.#vocabulary },
			now
		);
		const today = swedishToday(now);
		const parts: Buffer[] = [Buffer.from('{"results":[')];
		for (const { id, score, reasons } of outcome.results) {
			const service = this.#json(loaded, id, today);
			if (service === undefined) continue;
			if (parts.length > 1) parts.push(COMMA);
			parts.push(
				SERVICE_START,
				service,
				Buffer.from(`,"score":${JSON.stringify(score)},"reasons":${JSON.stringify(reasons)}}`)
			);
		}
		parts.push(Buffer.from(`],"interpretation":${JSON.stringify(outcome.interpretation)}}`));
		return Buffer.concat(parts);
	}

	async list(query: ListServicesQuery, now: Date): Promise<Buffer> {
		const loaded = this.#require();
		const location = this.#geography.resolveLocation(
			query.municipality
				? { municipality: query.municipality }
				: query.postalCode
					? { postalCode: query.postalCode }
					: query.county
						? { county: query.county }
						: undefined
		);
		const { ids, total } = listServices(
			loaded.index,
			{
				location,
				status: query.status,
				...(query.need ? { needs: query.need } : {}),
				...(query.age !== undefined ? { age: query.age } : {}),
				...(query.gender ? { gender: query.gender } : {}),
				...(query.channel ? { channels: query.channel } : {}),
				...(query.language ? { language: query.language } : {}),
				...(query.audience ? { audience: query.audience } : {}),
				...(query.anonymous !== undefined ? { anonymous: query.anonymous } : {}),
				...(query.free !== undefined ? { free: query.free } : {}),
				...(query.openNow !== undefined ? { openNow: query.openNow } : {}),
				...(query.organization ? { organizationId: query.organization } : {})
			},
			swedishClockAt(now),
			{ page: query.page, pageSize: query.pageSize }
		);
		const today = swedishToday(now);
		const items = ids
			.flatMap((id) => this.#json(loaded, id, today) ?? [])
			.flatMap((item, i) => (i === 0 ? [item] : [COMMA, item]));
		return Buffer.concat([
			Buffer.from('{"items":['),
			...items,
			Buffer.from(`],"page":${query.page},"pageSize":${query.pageSize},"total":${total}}`)
		]);
	}

	/** A service's public JSON (a `PublicService`), or null when the catalogue has no such id. */
	async findById(id: string, now: Date): Promise<Buffer | null> {
		const loaded = this.#require();
		return (typeof id === 'string' && this.#json(loaded, id, swedishToday(now))) || null;
	}
	/**
	 * A municipality's local routes (`POST /api/local-routes`), with each service as the public
	 * sees it; undefined for a code SCB does not have.
	 */
	async localRoutes(municipality: string, now: Date): Promise<LocalRoutesResponse | undefined> {
		const loaded = this.#require();
		const today = swedishToday(now);
		const routes = localRoutesFor(loaded.localRoutes, municipality, {
			geography: this.#geography,
			gaps: this.#gaps,
			today
		});
		if (!routes) return undefined;
		const shown = (services: readonly RouteCandidate[]): PublicService[] =>
			services.flatMap(({ id }) => {
				const buffer = this.#json(loaded, id, today);
				return buffer ? [JSON.parse(buffer.toString('utf8')) as PublicService] : [];
			});
		const { barnahus } = routes;
		return {
			municipality: routes.municipality,
			socialServices: { ...routes.socialServices, services: shown(routes.socialServices.services) },
			onCall: { ...routes.onCall, services: shown(routes.onCall.services) },
			barnahus:
				barnahus.status === 'served'
					? { status: 'served', services: shown(barnahus.services) }
					: {
							status: barnahus.status,
							services: [],
							...(barnahus.gap
								? {
										gap: {
											id: barnahus.gap.id,
											status: barnahus.gap.status,
											description: barnahus.gap.description,
											sources: barnahus.gap.sources,
											asOf: barnahus.gap.asOf
										}
									}
								: {})
						},
			other: routes.other.map(({ role, services }) => ({ role, services: shown(services) }))
		};
	}

	health(): HealthResponse['catalogue'] {
		const loaded = this.#loaded;
		if (!loaded) return undefined;
		return {
			revision: loaded.revision.id,
			services: loaded.index.size,
			activeServices: loaded.activeServices,
			organizations: loaded.organizations.size,
			loadedAt: loaded.revision.loadedAt
		};
	}

	/** What keeps the store's newest catalogue from being served, if anything. */
	get problem(): string | undefined {
		return this.#problem;
	}
}

/** The little the local-routes lookup keeps of a service: a role and where it serves. */
function routeCandidate(service: Service): RouteCandidate[] {
	if (service.role === undefined || service.status !== 'active') return [];
	const { id, name, role, kind, status, serviceArea, confidence, lastVerified } = service;
	return [{ id, name: { sv: name.sv }, role, kind, status, serviceArea, confidence, lastVerified }];
}
