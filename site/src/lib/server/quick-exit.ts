import { env } from '$env/dynamic/private';
import { messages, type Lang } from '$lib/i18n';
import earlyExit from '$lib/quick-exit/early.js?raw';

/** Where the quick exit leaves for: a neutral site (EXIT_URL, checked to be https at start). */
export function exitUrl(): string {
	return env.EXIT_URL ?? 'https://www.smhi.se/';
}

const attribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The quick exit's inline script for the head of a page, with its address and texts as data
 * attributes: the script itself never changes, so the Content-Security-Policy allows it by hash.
 */
export function quickExitScript(lang: Lang): string {
	const t = messages(lang).exit;
	const data = {
		'exit-url': exitUrl(),
		leaving: t.leaving,
		'shift-two-more': t.shiftTwoMore,
		'shift-one-more': t.shiftOneMore,
		'shift-expired': t.shiftExpired
	};
	const attributes = Object.entries(data)
		.map(([name, value]) => ` data-${name}="${attribute(value)}"`)
		.join('');
	return `<script${attributes}>${earlyExit}</script>`;
}
