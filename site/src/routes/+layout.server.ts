import { env } from '$env/dynamic/private';
import { langOf } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ url }) => ({
	lang: langOf(url.pathname),
	exitUrl: env.EXIT_URL ?? 'https://www.smhi.se/',
	// Only when a deployment chooses a tile server (its own, ideally): by default none is asked.
	mapTileUrl: env.MAP_TILE_URL ?? null
});
