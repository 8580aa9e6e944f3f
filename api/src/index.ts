export { createApp, BODY_LIMIT } from './app.js';
export type { AppDependencies } from './app.js';
export { loadCatalogue, DATA_SOURCE, formatConflicts } from './bootstrap.js';
export { importCatalogue, type ImportConflict, type ImportResult } from './curation/import.js';
export { CatalogueService } from './catalogue/catalogue-service.js';
export { JsonShelf } from './catalogue/json-shelf.js';
export { loadConfig, ConfigError, type Config } from './config.js';
export {
	DataFileError,
	formatProblems,
	loadDataCatalogue,
	loadGaps,
	loadGeography,
	loadNeedLabels,
	loadSituationCards,
	loadVocabulary,
	readCatalogueFile,
	swedishToday,
	type FileProblem,
	type LoadResult
} from './data/data-files.js';
export { createLogger, type Logger } from './logger.js';
export {
	clientKey,
	createRateLimit,
	isRateLimited,
	type RateLimitOptions
} from './http/rate-limit.js';
export { CrossOriginError, expectedOrigin, requireSameOrigin } from './http/origin.js';
export { RATE_LIMITED_HEADER } from './http/site-guard.js';
export { requestLog } from './http/request-log.js';
export type { CatalogueRepository, CatalogueRevision } from './store/catalogue-repository.js';
export { EmbeddedCatalogueRepository } from './store/embedded-repository.js';
export { MongoCatalogueRepository } from './store/mongo-repository.js';
export {
	openCheckedStore,
	planForDamage,
	StoreDamagedError,
	type CheckedStore
} from './store/open-store.js';
export { checkEmbeddedStore, type StoreCheck } from './store/embedded-check.js';
export {
	readBackBy,
	readBackIn,
	readVerifiedCatalogue,
	writeVerifiedCatalogue,
	type ReadBack,
	type Validation,
	type StoredCatalogue
} from './catalogue/verify-catalogue.js';
export { catalogueHash } from './store/revision.js';
export type {
	AuditDraft,
	CurationRepository,
	InvitationRecord,
	ProposalRecord,
	Publication,
	ServicePublication,
	SessionRecord,
	UserRecord
} from './store/curation-repository.js';
export { StoreConflictError } from './store/curation-repository.js';
export { brokenLinks, GENESIS_HASH } from './store/audit-chain.js';
export { createStaffDependencies } from './curation/staff-dependencies.js';
export type { StaffDependencies } from './http/staff.js';
export type { Mailer, Mail } from './auth/mailer.js';
export { smtpMailer } from './auth/mailer.js';
export { createUser, INVITATION_HOURS } from './curation/accounts.js';
export {
	approveProposal,
	createProposal,
	type CurationContext,
	type Importer,
	type Proposer
} from './curation/proposals.js';
export { AppError, InvalidRequestError } from './http/errors.js';
export { staleServices } from './curation/service-actions.js';
export { totpCode, newTotpSecret } from './auth/totp.js';
export { hashToken } from './auth/tokens.js';
