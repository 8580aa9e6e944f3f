import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import { formatJsonPath } from '@stodkartan/core';
import type { Logger } from '../logger.js';

export interface Issue {
	path: string;
	message: string;
}

/** An error the API answers with its own status and code; anything else is a 500. */
export class AppError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly issues: Issue[] = []
	) {
		super(message);
		this.name = new.target.name;
	}
}

export class InvalidRequestError extends AppError {
	constructor(message: string, issues: Issue[] = []) {
		super(400, 'invalid_request', message, issues);
	}
}

export class NotFoundError extends AppError {
	constructor(message: string) {
		super(404, 'not_found', message);
	}
}

export class ServiceUnavailableError extends AppError {
	constructor(message: string) {
		super(503, 'unavailable', message);
	}
}

export function issuesFromZod(error: z.ZodError, root: string): Issue[] {
	return error.issues.map((issue) => ({
		path: formatJsonPath(issue.path).replace(/^\$/, root),
		message: issue.message
	}));
}

/** Parses request input with a schema, or throws a 400 listing every problem. */
export function parseInput<T extends z.ZodType>(
	schema: T,
	value: unknown,
	root: string
): z.infer<T> {
	const parsed = schema.safeParse(value);
	if (!parsed.success) {
		throw new InvalidRequestError(`The ${root} is not valid.`, issuesFromZod(parsed.error, root));
	}
	return parsed.data;
}

/** Region codes must exist: a well-formed code SCB does not have is a mistake, not an unknown place. */
export function requireKnownRegions(
	regions: { hasCounty(code: string): boolean; hasMunicipality(code: string): boolean },
	codes: { municipality?: string | undefined; county?: string | undefined },
	root: string
): void {
	const issues: Issue[] = [];
	if (codes.municipality !== undefined && !regions.hasMunicipality(codes.municipality)) {
		issues.push({
			path: `${root}.municipality`,
			message: `there is no municipality with the code ${codes.municipality}`
		});
	}
	if (codes.county !== undefined && !regions.hasCounty(codes.county)) {
		issues.push({
			path: `${root}.county`,
			message: `there is no county with the code ${codes.county}`
		});
	}
	if (issues.length > 0) {
		throw new InvalidRequestError(`The ${root.split('.')[0]} is not valid.`, issues);
	}
}

export const notFoundHandler: RequestHandler = (req) => {
	throw new NotFoundError(
		`There is no ${req.method} ${req.baseUrl || ''}${req.path.startsWith('/') ? '' : '/'}… endpoint here.`
	);
};

/** Errors raised by Express's body parser, by their `type`. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
	'entity.parse.failed': {
		status: 400,
		code: 'invalid_json',
		message: 'The body is not valid JSON.'
	},
	'entity.too.large': { status: 413, code: 'payload_too_large', message: 'The body is too large.' },
	'encoding.unsupported': {
		status: 415,
		code: 'unsupported_encoding',
		message: 'The body encoding is not supported.'
	},
	'charset.unsupported': {
		status: 415,
		code: 'unsupported_charset',
		message: 'The body charset is not supported.'
	},
	'request.aborted': { status: 400, code: 'request_aborted', message: 'The request was aborted.' },
	'request.size.invalid': {
		status: 400,
		code: 'invalid_request',
		message: 'The request size does not match its content length.'
	}
};

/** The one place errors become HTTP answers: `{ error: { code, message, issues } }`. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
	return (error: unknown, req, res, _next) => {
		const bodyError =
			typeof error === 'object' && error !== null && 'type' in error
				? BODY_ERRORS[String(error.type)]
				: undefined;
		const known =
			error instanceof AppError
				? { status: error.status, code: error.code, message: error.message, issues: error.issues }
				: bodyError
					? { ...bodyError, issues: [] }
					: clientError(error);
		if (!known) {
			// The error's own message may quote user input, so only its name is logged.
			logger.error(
				{ reqId: res.locals.requestId, route: routeOf(req), err: errorName(error) },
				'unhandled error'
			);
		}
		const answer = known ?? {
			status: 500,
			code: 'internal_error',
			message: 'Something went wrong on our side.',
			issues: []
		};
		if (res.headersSent) return;
		res
			.status(answer.status)
			.json({ error: { code: answer.code, message: answer.message, issues: answer.issues } });
	};
}

/**
 * Any other error Express's body reading marks as the client's (a 4xx it may show), such as a
 * body that claims an encoding it does not have: a 400, without its message, which can quote
 * what was sent.
 */
function clientError(
	error: unknown
): { status: number; code: string; message: string; issues: Issue[] } | undefined {
	if (typeof error !== 'object' || error === null) return undefined;
	const { status, expose } = error as { status?: unknown; expose?: unknown };
	if (typeof status !== 'number' || status < 400 || status > 499 || expose !== true) {
		return undefined;
	}
	return {
		status: 400,
		code: 'invalid_request',
		message: 'The request could not be read.',
		issues: []
	};
}

function errorName(error: unknown): string {
	return error instanceof Error
		? `${error.name}${error.stack ? `\n${error.stack.split('\n').slice(1, 6).join('\n')}` : ''}`
		: typeof error;
}

/** The route template that handled a request (never the URL, which can hold what was searched). */
export function routeOf(req: { baseUrl: string; route?: { path?: unknown } }): string {
	const template = typeof req.route?.path === 'string' ? req.route.path : '';
	return `${req.baseUrl}${template}` || 'unmatched';
}
