import { z } from 'zod';
import {
	acceptInvitationRequestSchema,
	approveRequestSchema,
	auditEntrySchema,
	createProposalRequestSchema,
	errorBodySchema,
	invitationRequestSchema,
	loginRequestSchema,
	proposalDetailSchema,
	proposalListSchema,
	proposalSchema,
	rejectRequestSchema,
	revertRequestSchema,
	sessionResponseSchema,
	suggestionRequestSchema
} from '@stodkartan/core';

const json = (schema: z.ZodType, io: 'input' | 'output' = 'output') => ({
	'application/json': {
		schema: z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' })
	}
});
const error = (description: string) => ({ description, content: json(errorBodySchema) });
const body = (schema: z.ZodType) => ({ required: true, content: json(schema, 'input') });
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

/** The answers every staff route can give besides its own. */
const guarded = {
	'401': error('No live session'),
	'403': error(
		'The role, organisation or counties may not; or the request came from another origin'
	)
};

/**
 * The staff routes (`/api/auth`, `/api/admin`) and the public suggestion route, for the
 * OpenAPI document; docs/curation.md has the whole list with who may call what.
 */
export function staffOpenApiPaths(): Record<string, unknown> {
	return {
		'/api/auth/login': {
			post: {
				summary: 'Log in (the TOTP code once enrolled); sets the session cookie',
				requestBody: body(loginRequestSchema),
				responses: {
					'200': { description: 'Logged in', content: json(sessionResponseSchema) },
					'400': error('Invalid input'),
					'401': error('Wrong e-mail, password or code'),
					'403': error('From another origin'),
					'429': error('Too many failures for this account (5 in 15 minutes) or address')
				}
			}
		},
		'/api/auth/logout': {
			post: {
				summary: 'End this session',
				responses: { '200': { description: 'Logged out' }, ...guarded }
			}
		},
		'/api/auth/session': {
			get: {
				summary: 'Who is signed in',
				responses: {
					'200': { description: 'The session', content: json(sessionResponseSchema) },
					'401': guarded['401']
				}
			}
		},
		'/api/auth/invitation/accept': {
			post: {
				summary: 'Set the password of an invited account',
				requestBody: body(acceptInvitationRequestSchema),
				responses: {
					'201': { description: 'Account created' },
					'400': error('Weak password'),
					'404': error('Used or withdrawn'),
					'409': error('Expired')
				}
			}
		},
		'/api/admin/proposals': {
			get: {
				summary: 'Proposals the signed-in person may see, newest first, with their diffs',
				parameters: [
					{
						name: 'status',
						in: 'query',
						required: false,
						schema: { type: 'string', enum: ['pending', 'approved', 'rejected'] }
					}
				],
				responses: {
					'200': { description: 'Proposals', content: json(proposalListSchema) },
					...guarded
				}
			},
			post: {
				summary: 'Propose a change to a service (a partial service; arrays replaced whole)',
				requestBody: body(createProposalRequestSchema),
				responses: {
					'201': { description: 'Pending', content: json(proposalSchema) },
					'400': error('Invalid changes or missing source'),
					...guarded
				}
			}
		},
		'/api/admin/proposals/{id}': {
			get: {
				summary: 'One proposal with its diff',
				parameters: [idParameter],
				responses: {
					'200': { description: 'The proposal', content: json(proposalDetailSchema) },
					'404': error('Unknown'),
					...guarded
				}
			}
		},
		'/api/admin/proposals/{id}/approve': {
			post: {
				summary: 'Approve and publish (never one’s own; national contact changes need an admin)',
				parameters: [idParameter],
				requestBody: body(approveRequestSchema),
				responses: {
					'200': { description: 'Published', content: json(proposalSchema) },
					'409': error('Already decided, or the service changed since'),
					...guarded
				}
			}
		},
		'/api/admin/proposals/{id}/reject': {
			post: {
				summary: 'Reject with a reason (or withdraw one’s own)',
				parameters: [idParameter],
				requestBody: body(rejectRequestSchema),
				responses: {
					'200': { description: 'Rejected', content: json(proposalSchema) },
					'409': error('Already decided'),
					...guarded
				}
			}
		},
		'/api/admin/services/{id}/revert': {
			post: {
				summary: 'Return a service to an earlier version (admins)',
				parameters: [idParameter],
				requestBody: body(revertRequestSchema),
				responses: { '200': { description: 'Reverted' }, ...guarded }
			}
		},
		'/api/admin/invitations': {
			post: {
				summary: 'Invite by a one-time link valid 72 hours',
				requestBody: body(invitationRequestSchema),
				responses: { '201': { description: 'Invited' }, ...guarded }
			}
		},
		'/api/admin/audit': {
			get: {
				summary: 'The audit log, newest first (admins); format=csv for a spreadsheet',
				parameters: [
					{
						name: 'limit',
						in: 'query',
						required: false,
						schema: { type: 'integer', minimum: 1, maximum: 10000 }
					},
					{ name: 'before', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
					{
						name: 'format',
						in: 'query',
						required: false,
						schema: { type: 'string', enum: ['json', 'csv'] }
					}
				],
				responses: {
					'200': {
						description: 'Entries naming the actor',
						content: json(z.object({ entries: z.array(auditEntrySchema) }))
					},
					...guarded
				}
			}
		},
		'/api/services/{id}/suggestions': {
			post: {
				summary: 'Suggest a correction (no account, no cookie; only curators read it)',
				parameters: [idParameter],
				requestBody: body(suggestionRequestSchema),
				responses: {
					'201': { description: 'Received' },
					'400': error('Invalid input'),
					'404': error('Unknown service'),
					'429': error('Too many suggestions')
				}
			}
		}
	};
}
