import { ConfigError, loadConfig } from '@stodkartan/api';

describe('configuration', () => {
	test('a fresh machine needs nothing set: embedded store in ./.data, port 3000', () => {
		const config = loadConfig({}, '/srv/app');
		expect(config).toMatchObject({
			port: 3000,
			host: '0.0.0.0',
			dataDir: '/srv/app/.data',
			mongodbUri: undefined,
			catalogueFile: undefined
		});
	});

	test('relative paths are resolved against the project root, absolute ones kept', () => {
		const config = loadConfig({ DATA_DIR: '/tmp/x', CATALOGUE_FILE: 'test/c.json' }, '/srv/app');
		expect(config.dataDir).toBe('/tmp/x');
		expect(config.catalogueFile).toBe('/srv/app/test/c.json');
	});

	test('every problem is listed in one error', () => {
		let error: unknown;
		try {
			loadConfig(
				{ PORT: 'eighty', MONGODB_URI: 'http://db', EXIT_URL: 'http://weather.example' },
				'/srv/app'
			);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ConfigError);
		expect((error as ConfigError).problems).toHaveLength(3);
		expect((error as ConfigError).message).toMatch(/PORT.*\n.*MONGODB_URI.*\n.*EXIT_URL/s);
	});

	test('the port must be a real one: the site calls the API on it', () => {
		expect(loadConfig({ PORT: '8080' }, '/srv/app').port).toBe(8080);
		expect(() => loadConfig({ PORT: '0' }, '/srv/app')).toThrow(/PORT/);
	});

	test('a map tile server must be an https template with {z}, {x} and {y}', () => {
		const template = 'https://tiles.example.org/{z}/{x}/{y}.png';
		expect(loadConfig({ MAP_TILE_URL: template }, '/srv/app').mapTileUrl).toBe(template);
		expect(loadConfig({}, '/srv/app').mapTileUrl).toBeUndefined();
		expect(() =>
			loadConfig({ MAP_TILE_URL: 'http://tiles.example.org/{z}/{x}/{y}.png' }, '/srv/app')
		).toThrow(/MAP_TILE_URL/);
		expect(() =>
			loadConfig({ MAP_TILE_URL: 'https://tiles.example.org/tile.png' }, '/srv/app')
		).toThrow(/MAP_TILE_URL/);
	});
});
