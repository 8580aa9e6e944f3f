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

interface Loaded {
	revision: CatalogueRevision;
	index: CatalogueIndex;
	organizations: ReadonlyMap<string, Organization>;
	activeServices: number;
	/** Each municipality's social services, on-call service, Barnahus and other local routes. */
	localRoutes: LocalRoutesIndex;
	/** Services as their public JSON (UTF-8), by id, for this revision and `jsonDay` only. */
	json: Map<string, Buffer>;
	/** The Swedish date the JSON was made for: a service's confidence can change at midnight. */
	jsonDay: string;
}

/**
 * How many services keep their public JSON in memory. Serializing services and reading them
 * from the store was a fifth of the time of a match at 10,000 services; answers mostly repeat
 * the national lines, so a few thousand entries cover nearly all of them.
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
 * The catalogue as the API serves it: the store, plus the matching index built from it. The
 * index is rebuilt whenever the store's revision changes (checked every few seconds, so several
 * API instances on one MongoDB, or `npm run seed` beside a running server, stay in step).
 */
export class CatalogueService {
	readonly #repository: CatalogueRepository;
	readonly #geography: Geography;
	readonly #vocabulary: NeedVocabulary;
	readonly #gaps: readonly Gap[];
	readonly #logger: Logger;
	#loaded: Loaded | undefined;
	#timer: NodeJS.Timeout | undefined;
	#refreshing: Promise<void> | undefined;
	readonly #rebuildIntervalMs: number;
	#builtAt = 0;
	#scheduled: NodeJS.Timeout | undefined;
	#hsds: { revision: string; today: string; directory: Promise<HsdsDirectory> } | undefined;

	constructor(dependencies: {
		repository: CatalogueRepository;
		geography: Geography;
		vocabulary: NeedVocabulary;
		/** Documented gaps (`data/gaps.json`), for the Barnahus of each municipality. */
		gaps?: readonly Gap[];
		logger: Logger;
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

	/** Replaces the store's catalogue and serves it; unchanged content keeps the revision. */
	async replace(
		catalogue: Catalogue,
		source: string
	): Promise<{ revision: CatalogueRevision; changed: boolean }> {
		const result = await this.#repository.replaceCatalogue(catalogue, source);
		this.#serve(result.revision, catalogue.services, catalogue.organizations);
		return result;
	}

	/**
	 * Imports a catalogue (data/ or a file) without overwriting what curation changed in the
	 * store (see importCatalogue), and serves the result.
	 */
	async import(catalogue: Catalogue, source: string): Promise<ImportResult> {
		const result = await importCatalogue(this.#repository, catalogue, source, new Date());
		if (result.fast) this.#serve(result.revision, catalogue.services, catalogue.organizations);
		else await this.loadFromStore();
		return result;
	}

	/** Serves what the store holds; false when it holds nothing yet. */
	async loadFromStore(): Promise<boolean> {
		const revision = await this.#repository.revision();
		if (!revision) return false;
		const [services, organizations] = await Promise.all([
			this.#repository.allServices(),
			this.#repository.allOrganizations()
		]);
		this.#serve(revision, services, organizations);
		return true;
	}

	#serve(
		revision: CatalogueRevision,
		services: readonly Service[],
		organizations: readonly Organization[]
	) {
		const started = performance.now();
		const index = new CatalogueIndex(services, this.#geography, revision.id);
		this.#builtAt = Date.now();
		this.#loaded = {
			revision,
			index,
			organizations: new Map(organizations.map((organization) => [organization.id, organization])),
			activeServices: services.filter((service) => service.status === 'active').length,
			localRoutes: new LocalRoutesIndex(services.flatMap(routeCandidate)),
			json: new Map(),
			jsonDay: ''
		};
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
				if (revision && revision.id !== this.#loaded?.revision.id) await this.loadFromStore();
			} catch (error) {
				this.#logger.warn(
					{ err: (error as Error).name },
					'catalogue refresh failed; serving the loaded catalogue'
				);
			} finally {
				this.#refreshing = undefined;
			}
		})();
		return this.#refreshing;
	}

	/**
	 * After curation published a change here: the index follows at once, unless it was rebuilt
	 * moments ago (a burst of approvals); then the next poll of the revision picks it up, as on
	 * every other instance, so a burst costs one rebuild per poll interval.
	 */
	async published(): Promise<void> {
		const wait = this.#builtAt + this.#rebuildIntervalMs - Date.now();
		if (wait <= 0) {
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
	 * nobody asks for HSDS pays nothing) and each day. `last_modified` is the revision's load
	 * time: the store keeps no change time per service.
	 */
	hsds(needs: readonly NeedTermSource[], now: Date): Promise<HsdsDirectory> {
		const { revision } = this.#require();
		// A new day can lower a confidence (old sources), so each day has its own directory.
		const today = swedishToday(now);
		if (this.#hsds?.revision !== revision.id || this.#hsds.today !== today) {
			const directory = Promise.all([
				this.#repository.allServices(),
				this.#repository.allOrganizations()
			]).then(
				([services, organizations]) =>
					new HsdsDirectory(
						{ services, organizations },
						hsdsContext({
							regions: this.#geography,
							needs,
							modifiedAt: revision.loadedAt,
							today
						})
					)
			);
			directory.catch(() => {
				if (this.#hsds?.directory === directory) this.#hsds = undefined;
			});
			this.#hsds = { revision: revision.id, today, directory };
		}
		return this.#hsds.directory;
	}

	/** The public JSON (UTF-8) of the services with these ids on `today`, cached or from the store. */
	async #servicesJson(
		loaded: Loaded,
		ids: readonly string[],
		today: string
	): Promise<Map<string, Buffer>> {
		if (loaded.jsonDay !== today) {
			loaded.json.clear();
			loaded.jsonDay = today;
		}
		const found = new Map<string, Buffer>();
		const missing: string[] = [];
		for (const id of ids) {
			const json = loaded.json.get(id);
			if (json === undefined) missing.push(id);
			else found.set(id, json);
		}
		if (missing.length > 0) {
			for (const service of await this.#repository.findServicesByIds(missing)) {
				const json = Buffer.from(
					JSON.stringify(
						toPublicService(service, loaded.organizations.get(service.organizationId), today)
					)
				);
				found.set(service.id, json);
				if (loaded.json.size >= JSON_CACHE_SIZE) {
					loaded.json.delete(loaded.json.keys().next().value as string);
				}
				loaded.json.set(service.id, json);
			}
		}
		return found;
	}

	/**
	 * Where should this child be referred: the answer of `POST /api/match` (a `MatchResponse`) as
	 * UTF-8 JSON, joined from the services' cached JSON rather than serialized anew each time.
	 */
	async match(request: MatchRequest, now: Date): Promise<Buffer> {
		const loaded = this.#require();
		const outcome = matchServices(
			request,
			{ index: loaded.index, geography: this.#geography, vocabulary: this.#vocabulary },
			now
		);
		const services = await this.#servicesJson(
			loaded,
			outcome.results.map((result) => result.id),
			swedishToday(now)
		);
		const parts: Buffer[] = [Buffer.from('{"results":[')];
		for (const { id, score, reasons } of outcome.results) {
			const service = services.get(id);
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
		const services = await this.#servicesJson(loaded, ids, swedishToday(now));
		const items = ids
			.flatMap((id) => services.get(id) ?? [])
			.flatMap((item, i) => (i === 0 ? [item] : [COMMA, item]));
		return Buffer.concat([
			Buffer.from('{"items":['),
			...items,
			Buffer.from(`],"page":${query.page},"pageSize":${query.pageSize},"total":${total}}`)
		]);
	}

	async findById(id: string, now: Date): Promise<PublicService | null> {
		const loaded = this.#require();
		const service = await this.#repository.findServiceById(id);
		return service
			? toPublicService(
					service,
					loaded.organizations.get(service.organizationId),
					swedishToday(now)
				)
			: null;
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
		const ids = [
			...routes.socialServices.services,
			...routes.onCall.services,
			...routes.barnahus.services,
			...routes.other.flatMap(({ services }) => services)
		].map(({ id }) => id);
		const json = await this.#servicesJson(loaded, ids, today);
		const shown = (services: readonly RouteCandidate[]): PublicService[] =>
			services.flatMap(({ id }) => {
				const buffer = json.get(id);
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
}

/** The little the local-routes lookup keeps of a service: a role and where it serves. */
function routeCandidate(service: Service): RouteCandidate[] {
	if (service.role === undefined || service.status !== 'active') return [];
	const { id, name, role, kind, status, serviceArea, confidence, lastVerified } = service;
	return [{ id, name: { sv: name.sv }, role, kind, status, serviceArea, confidence, lastVerified }];
}
