import type { Snapshot } from '@sveltejs/kit';
import { tick } from 'svelte';

/** What a search page keeps of itself when left, to show it again on Back. */
export interface RememberedSearch<T> {
	search: T;
	scrollY: number;
	/** The result link that had the focus (the service opened), to give it back. */
	focusedHref: string | undefined;
}

/**
 * The search a page shows: the answer to the form just sent, or, after Back from a service page
 * or the shortlist, the answer it showed before. That one is kept by SvelteKit's snapshot for the
 * history entry, in this tab's memory only: the site's sessionStorage is an object in the page
 * (see $lib/quick-exit/early.js), so nothing reaches the device and a reload forgets it.
 */
export class ShownSearch<T extends object> {
	// Raw: the answers are never changed, only replaced, so they need no deep reactivity.
	#restored = $state.raw<T | undefined>();
	readonly #latest: () => T | null | undefined;

	/** `latest`: the page's form prop, the answer of its last POST on this visit. */
	constructor(latest: () => T | null | undefined) {
		this.#latest = latest;
	}

	get current(): T | undefined {
		return this.#latest() ?? this.#restored;
	}

	readonly snapshot: Snapshot<RememberedSearch<T> | undefined> = {
		capture: () => {
			const search = this.current;
			if (!search) return undefined;
			const focused = document.activeElement?.closest('a[href]');
			return {
				search,
				scrollY: window.scrollY,
				focusedHref: focused?.getAttribute('href') ?? undefined
			};
		},
		restore: (remembered) => {
			if (!remembered) return;
			this.#restored = remembered.search;
			// SvelteKit scrolled, and resets the focus in a timer of its own, before the answer was
			// back on the page: scroll and focus again once it is, after that timer.
			void tick().then(() =>
				setTimeout(() => {
					window.scrollTo(0, remembered.scrollY);
					if (!remembered.focusedHref) return;
					const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].find(
						(candidate) => candidate.getAttribute('href') === remembered.focusedHref
					);
					link?.focus({ preventScroll: true });
				})
			);
		}
	};
}
