import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The application logger. What it may carry is decided where it is called: a route, a status, a
 * duration and a request id; never a body, a query text, an age or a place.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
	const options = { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
	return destination ? pino(options, destination) : pino(options);
}
