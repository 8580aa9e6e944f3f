/** The store holds a damaged catalogue and this start may not rebuild it: the message says how. */
export class StoreDamagedError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StoreDamagedError';
	}
}
