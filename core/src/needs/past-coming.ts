import type { TextWord } from '../text/words.js';

/**
 * Coming told in the simple past: "she came back from her dad's weekend", "han kom hem från
 * pappa i söndags". A child back from a visit, or someone who came and went, is no one on the
 * way now; the reading of danger now looks for someone coming or near now.
 */
const CAME = new Set(['came', 'kom', 'got', 'returned', 'went', 'åkte', 'gick']);

/** Whether the words for coming at `at` follow a verb of coming in the simple past. */
export function isPastComing(words: readonly TextWord[], at: number): boolean {
	const clause = words[at]?.clause;
	return words
		.slice(Math.max(0, at - 2), at + 1)
		.some((w) => w.clause === clause && CAME.has(w.word));
}
