/**
 * SvelteKit remembers scroll positions in sessionStorage. On these pages nothing about a visit may
 * stay on the device, so that storage is replaced, before any navigation writes to it, by one that
 * lives in memory and is gone with the tab.
 */
class MemoryStorage {
	[key: string]: unknown;
}

Object.defineProperty(window, 'sessionStorage', { value: new MemoryStorage(), configurable: true });
