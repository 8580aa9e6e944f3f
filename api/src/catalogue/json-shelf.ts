const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Many small JSON texts kept as UTF-8 in a few large buffers, each read back as a view without
 * copying. Written one text at a time, so building it never holds a second copy of them all
 * (100,000 separate buffers joined at the end briefly needed twice the memory).
 */
export class JsonShelf {
	readonly #chunks: Buffer[] = [];
	readonly #chunkOf: Uint16Array;
	readonly #start: Uint32Array;
	readonly #end: Uint32Array;
	#used = 0;
	#count = 0;

	constructor(capacity: number) {
		this.#chunkOf = new Uint16Array(capacity);
		this.#start = new Uint32Array(capacity);
		this.#end = new Uint32Array(capacity);
	}

	/** Keeps `json` as text number `this.size` (in the order added). */
	add(json: string): void {
		// UTF-8 needs at most three bytes for each UTF-16 code unit: room for that is made before
		// writing, so the text is encoded once (no separate pass to count its bytes).
		const most = json.length * 3;
		let chunk = this.#chunks.at(-1);
		if (!chunk || this.#used + most > chunk.length) {
			chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, most));
			this.#chunks.push(chunk);
			this.#used = 0;
		}
		const bytes = chunk.write(json, this.#used);
		this.#chunkOf[this.#count] = this.#chunks.length - 1;
		this.#start[this.#count] = this.#used;
		this.#end[this.#count] = this.#used + bytes;
		this.#used += bytes;
		this.#count++;
	}

	get size(): number {
		return this.#count;
	}

	/** Text number `position`, as a view into the shelf. */
	get(position: number): Buffer | undefined {
		if (!(position >= 0 && position < this.#count)) return undefined;
		const chunk = this.#chunks[this.#chunkOf[position] as number] as Buffer;
		return chunk.subarray(this.#start[position], this.#end[position]);
	}
}
