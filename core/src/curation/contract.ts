import { z } from 'zod';
import { idSchema, organizationSchema, serviceSchema } from '../catalogue/schema.js';
import { proposalSourceSchema, serviceChangesSchema } from './changes.js';
import { actorSchema, countiesSchema, refineStaffScope, staffRoleSchema } from './staff.js';

/** The staff API's requests and answers (`/api/auth`, `/api/admin`), shared by the API and the site. */

export const emailSchema = z
	.string()
	.trim()
	.toLowerCase()
	.max(254)
	.pipe(z.email({ error: 'must be an e-mail address' }));

/** Long enough for any passphrase; bounded so that hashing stays cheap to refuse. */
export const passwordInputSchema = z.string().min(1).max(256);

export const totpCodeSchema = z
	.string()
	.trim()
	.regex(/^\d{6}$/, 'must be the 6 digits from the app');

export const loginRequestSchema = z.strictObject({
	email: emailSchema,
	password: passwordInputSchema,
	totp: totpCodeSchema.optional()
});

export const staffUserSchema = z.object({
	id: z.string(),
	email: z.string(),
	role: staffRoleSchema,
	organizationId: z.string().optional(),
	counties: z.array(z.string()).optional(),
	totpEnrolled: z.boolean(),
	active: z.boolean(),
	createdAt: z.string()
});
export type StaffUser = z.infer<typeof staffUserSchema>;

export const sessionResponseSchema = z.object({
	user: staffUserSchema,
	/** An admin or curator without a second factor may only enrol one. */
	mustEnrolTotp: z.boolean(),
	expiresAt: z.string().describe('When the session ends whatever happens (absolute timeout).'),
	idleExpiresAt: z.string().describe('When the session ends unless it is used before.')
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const totpEnrolmentSchema = z.object({
	secret: z.string().describe('The shared secret in base32, to type into an authenticator app.'),
	uri: z.string().describe('The same as an otpauth:// URI.')
});

export const totpConfirmRequestSchema = z.strictObject({
	secret: z.string().min(16).max(128),
	totp: totpCodeSchema
});

export const passwordChangeRequestSchema = z.strictObject({
	currentPassword: passwordInputSchema,
	newPassword: passwordInputSchema
});

export const invitationRequestSchema = z
	.strictObject({
		email: emailSchema,
		role: staffRoleSchema,
		organizationId: idSchema.optional(),
		counties: countiesSchema.optional()
	})
	.superRefine(refineStaffScope);

export const invitationSchema = z.object({
	id: z.string(),
	email: z.string(),
	role: staffRoleSchema,
	organizationId: z.string().optional(),
	counties: z.array(z.string()).optional(),
	invitedBy: actorSchema,
	createdAt: z.string(),
	expiresAt: z.string(),
	acceptedAt: z.string().optional()
});
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationCreatedSchema = invitationSchema.extend({
	/** Sent by e-mail when SMTP is configured; otherwise shown to the inviter this once. */
	sent: z.boolean(),
	link: z.string().optional()
});

export const invitationTokenSchema = z
	.string()
	.regex(/^[A-Za-z0-9_-]{43}$/, 'is not an invitation');

export const acceptInvitationRequestSchema = z.strictObject({
	token: invitationTokenSchema,
	password: passwordInputSchema
});

export const userUpdateRequestSchema = z
	.strictObject({
		role: staffRoleSchema.optional(),
		organizationId: idSchema.nullable().optional(),
		counties: countiesSchema.nullable().optional(),
		active: z.boolean().optional(),
		resetTotp: z.literal(true).optional()
	})
	.refine((update) => Object.keys(update).length > 0, 'says nothing to change');

export const PROPOSAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const proposalStatusSchema = z.enum(PROPOSAL_STATUSES);
export const PROPOSAL_KINDS = ['change', 'suggestion', 'verification', 'revert', 'import'] as const;

export const createProposalRequestSchema = z.strictObject({
	serviceId: idSchema,
	changes: serviceChangesSchema,
	sources: z.array(proposalSourceSchema).max(10).default([]),
	note: z.string().trim().max(2000).optional()
});
export type CreateProposalRequest = z.infer<typeof createProposalRequestSchema>;

export const reviewSchema = z.object({
	by: actorSchema,
	at: z.string(),
	comment: z.string().optional()
});

export const diffEntrySchema = z.object({
	path: z.string(),
	before: z.string().optional(),
	after: z.string().optional(),
	highlight: z.enum(['phone', 'web', 'email']).optional()
});

/**
 * Where an imported proposal came from: the file, the record's HSDS ids and its own dates, and
 * the day it was read. For a record that names no web address to check against, this is the
 * proposal's source (the file is).
 */
export const importProvenanceSchema = z.strictObject({
	file: z.string().min(1).max(255),
	hsdsId: z.guid(),
	organizationHsdsId: z.guid().optional(),
	lastModified: z.string().max(64).optional(),
	/** The record's `assured_date`: when its publisher last checked the facts. */
	assuredDate: z.iso.date().optional(),
	importedOn: z.iso.date()
});
export type ImportProvenance = z.infer<typeof importProvenanceSchema>;

export const proposalSchema = z.object({
	id: z.string(),
	kind: z.enum(PROPOSAL_KINDS),
	serviceId: z.string(),
	status: proposalStatusSchema,
	changes: z.record(z.string(), z.unknown()),
	sources: z.array(proposalSourceSchema),
	note: z.string().optional(),
	proposedBy: actorSchema,
	createdAt: z.string(),
	/** The service's version the proposal was made against. */
	baseVersion: z.number().int().min(0),
	review: reviewSchema.optional(),
	/** The version it published, once approved. */
	publishedVersion: z.number().int().optional(),
	/** An import's provenance (kind `import`, made by the `import` actor). */
	provenance: importProvenanceSchema.optional(),
	/** The organization a new imported service belongs to, added on approval when the catalogue lacks it. */
	organization: organizationSchema.optional()
});
export type ProposalView = z.infer<typeof proposalSchema>;

/** A proposal with what a reviewer needs: the service's name and the diff against it now. */
export const proposalDetailSchema = proposalSchema.extend({
	serviceName: z.string().optional(),
	diff: z.array(diffEntrySchema),
	/** Problems the changes would have against the current service (it may have changed). */
	problems: z.array(z.object({ path: z.string(), message: z.string() })),
	/** Whether the one asking may approve or reject it, and if not, why. */
	canReview: z.boolean(),
	reviewDenial: z.string().optional()
});
export type ProposalDetail = z.infer<typeof proposalDetailSchema>;

export const proposalListSchema = z.object({ proposals: z.array(proposalDetailSchema) });

export const listProposalsQuerySchema = z.strictObject({
	status: proposalStatusSchema.optional(),
	serviceId: idSchema.optional(),
	limit: z.coerce.number().int().min(1).max(500).default(100)
});

export const approveRequestSchema = z.strictObject({
	comment: z.string().trim().max(2000).optional()
});
export const rejectRequestSchema = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export const revertRequestSchema = z.strictObject({
	version: z.number().int().min(0),
	reason: z.string().trim().min(1).max(2000)
});

export const suggestionRequestSchema = z.strictObject({
	text: z.string().trim().min(3).max(2000)
});

export const serviceVersionSchema = z.object({
	serviceId: z.string(),
	version: z.number().int().min(0),
	service: serviceSchema.nullable(),
	/** What an import brought, where a conflict kept curation's value instead: the next import compares with it. */
	imported: serviceSchema.optional(),
	at: z.string(),
	actor: actorSchema,
	proposalId: z.string().optional(),
	action: z.string()
});
export type ServiceVersion = z.infer<typeof serviceVersionSchema>;

export const AUDIT_ACTIONS = [
	'login',
	'login.failed',
	'logout',
	'logout.everywhere',
	'totp.enrolled',
	'password.changed',
	'invitation.created',
	'invitation.accepted',
	'invitation.revoked',
	'user.created',
	'user.updated',
	'proposal.created',
	'proposal.approved',
	'proposal.rejected',
	'suggestion.created',
	'service.verified',
	'service.reverted',
	'catalogue.imported',
	'reminders.sent'
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEntrySchema = z.object({
	seq: z.number().int().min(1),
	at: z.string(),
	actor: actorSchema,
	action: auditActionSchema,
	target: z.object({ type: z.string(), id: z.string() }).optional(),
	before: z.unknown().optional(),
	after: z.unknown().optional(),
	details: z.record(z.string(), z.unknown()).optional(),
	/** The hash of the entry before: editing an old entry breaks the chain after it. */
	prevHash: z.string(),
	hash: z.string()
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
	limit: z.coerce.number().int().min(1).max(10_000).default(100),
	before: z.coerce.number().int().min(1).optional(),
	format: z.enum(['json', 'csv']).default('json')
});

export const verificationItemSchema = z.object({
	serviceId: z.string(),
	name: z.string(),
	organizationId: z.string(),
	lastVerified: z.string(),
	verifiedBy: z.string().optional(),
	state: z.enum(['current', 'due', 'lapsed']),
	status: z.enum(['active', 'paused', 'inactive'])
});
