import { FormTokens } from '$lib/server/form-tokens';

describe('one-time form tokens', () => {
	test('a token is answered once; sent again, it is refused', () => {
		const tokens = new FormTokens();
		const token = tokens.issue();
		expect(tokens.use(token)).toBe('fresh');
		expect(tokens.use(token)).toBe('used');
		expect(tokens.use(tokens.issue())).toBe('fresh');
	});

	test.each([undefined, '', 'not-a-token', '{"$gt":""}', 'a'.repeat(36)])(
		'%p is not a token',
		(value) => {
			expect(new FormTokens().use(value)).toBe('missing');
		}
	);

	test('a used token is remembered for a day, then forgotten', () => {
		let now = 0;
		const tokens = new FormTokens(() => now);
		const token = tokens.issue();
		tokens.use(token);
		now = 23 * 60 * 60 * 1000;
		expect(tokens.use(token)).toBe('used');
		now = 25 * 60 * 60 * 1000;
		expect(tokens.use(tokens.issue())).toBe('fresh');
		expect(tokens.use(token)).toBe('fresh');
	});
});
