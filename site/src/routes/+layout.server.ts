import { env } from '$env/dynamic/private';
import { langOf } from '$lib/i18n';
import { exitUrl } from '$lib/server/quick-exit';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ url }) => ({
	lang: langOf(url.pathname),
	exitUrl: exitUrl(),
	// Only when a deployment chooses a tile server (its own, ideally): by default none is asked.
	mapTileUrl: env.MAP_TILE_URL ?? null
});
