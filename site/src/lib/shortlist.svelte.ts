import { getContext, setContext } from 'svelte';
import type { LocalStepView, ServiceView } from '$lib/views';

const KEY = Symbol('shortlist');

/**
 * The support worker's shortlist: held in memory only, in this tab, never stored in the browser
 * (no cookies, no storage), so nothing stays on the device when the tab is closed.
 */
export class Shortlist {
	items = $state<ServiceView[]>([]);
	/** The social services of the child's municipality, from the latest search, for the sheet. */
	local = $state.raw<LocalStepView | undefined>();

	has(id: string): boolean {
		return this.items.some((item) => item.id === id);
	}

	toggle(service: ServiceView): void {
		this.items = this.has(service.id)
			? this.items.filter((item) => item.id !== service.id)
			: [...this.items, service];
	}

	clear(): void {
		this.items = [];
		this.local = undefined;
	}
}

export function setShortlist(shortlist: Shortlist): Shortlist {
	return setContext(KEY, shortlist);
}

export function getShortlist(): Shortlist {
	return getContext<Shortlist>(KEY);
}
