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

describe('configuration of limits and proxies', () => {
	test('limits and timeouts have safe defaults: no 300 s requests, no unlimited connections', () => {
		const config = loadConfig({}, '/srv/app');
		expect(config.rateLimit).toEqual({ requests: 300, windowSeconds: 60 });
		expect(config.server).toEqual({
			headersTimeoutMs: 10_000,
			requestTimeoutMs: 30_000,
			keepAliveTimeoutMs: 5_000,
			maxConnections: 1000
		});
		expect(config.trustProxy).toBe(false);
		expect(config.origin).toBeUndefined();
	});

	test('TRUST_PROXY names how many proxies, or which, to believe; never every one', () => {
		expect(loadConfig({ TRUST_PROXY: 'false' }, '/srv/app').trustProxy).toBe(false);
		expect(loadConfig({ TRUST_PROXY: '1' }, '/srv/app').trustProxy).toBe(1);
		expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }, '/srv/app').trustProxy).toEqual([
			'loopback',
			'10.0.0.0/8'
		]);
		expect(() => loadConfig({ TRUST_PROXY: 'true' }, '/srv/app')).toThrow(
			/TRUST_PROXY: "true" would believe any X-Forwarded-For/
		);
		expect(() => loadConfig({ TRUST_PROXY: 'yes please' }, '/srv/app')).toThrow(/TRUST_PROXY/);
		expect(() => loadConfig({ TRUST_PROXY: '0' }, '/srv/app')).toThrow(/TRUST_PROXY/);
	});

	test('ORIGIN is an origin only, kept without a trailing slash', () => {
		expect(loadConfig({ ORIGIN: 'https://karta.example/' }, '/srv/app').origin).toBe(
			'https://karta.example'
		);
		expect(loadConfig({ ORIGIN: 'http://localhost:3000' }, '/srv/app').origin).toBe(
			'http://localhost:3000'
		);
		expect(() => loadConfig({ ORIGIN: 'https://karta.example/sok' }, '/srv/app')).toThrow(
			/ORIGIN: must be an origin only/
		);
		expect(() => loadConfig({ ORIGIN: 'ftp://karta.example' }, '/srv/app')).toThrow(/ORIGIN/);
	});

	test('limits must be numbers in range, and headers may not outlast the whole request', () => {
		expect(
			loadConfig({ RATE_LIMIT_REQUESTS: '1000000', RATE_LIMIT_WINDOW_SECONDS: '1' }, '/srv/app')
				.rateLimit
		).toEqual({ requests: 1_000_000, windowSeconds: 1 });
		expect(() => loadConfig({ RATE_LIMIT_REQUESTS: '0' }, '/srv/app')).toThrow(
			/RATE_LIMIT_REQUESTS/
		);
		expect(() => loadConfig({ MAX_CONNECTIONS: 'many' }, '/srv/app')).toThrow(/MAX_CONNECTIONS/);
		expect(() =>
			loadConfig({ HEADERS_TIMEOUT_SECONDS: '60', REQUEST_TIMEOUT_SECONDS: '30' }, '/srv/app')
		).toThrow(/HEADERS_TIMEOUT_SECONDS: must not be longer than REQUEST_TIMEOUT_SECONDS/);
	});
});
