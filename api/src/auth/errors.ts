import { AppError } from '../http/errors.js';
import type { Denial } from '@stodkartan/core';

export class UnauthenticatedError extends AppError {
	constructor(message = 'Log in first.', code = 'unauthenticated') {
		super(401, code, message);
	}
}

export class ForbiddenError extends AppError {
	constructor(message: string, code = 'forbidden') {
		super(403, code, message);
	}
}

export class ConflictError extends AppError {
	constructor(code: string, message: string) {
		super(409, code, message);
	}
}

export class TooManyRequestsError extends AppError {
	constructor(message = 'Too many attempts. Wait a while and try again.') {
		super(429, 'too_many_requests', message);
	}
}

const DENIALS: Record<Denial, string> = {
	role: 'Your role may not do this.',
	organization: 'You may only propose changes to your own organization’s services.',
	county: 'This service lies outside the counties you curate.',
	'own-proposal': 'Nobody may review their own proposal: another person must.',
	'national-contact-needs-admin':
		'A change to how a nationwide line is reached must be approved by an admin.'
};

export function deny(denial: Denial): ForbiddenError {
	return new ForbiddenError(DENIALS[denial], denial.replaceAll('-', '_'));
}
