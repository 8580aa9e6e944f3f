import { actorName } from '$lib/components/staff/actor';
import { staffMessages } from '$lib/i18n/staff';

describe('who did something, as the staff pages say it', () => {
	test.each([
		['sv', { kind: 'user', email: 'kurator@example.org' }, 'kurator@example.org'],
		['sv', { kind: 'import', name: 'data/' }, 'importen data/'],
		[
			'sv',
			{ kind: 'import', name: 'hsds:region.json', operator: { email: 'a@example.org' } },
			'importen hsds:region.json (körd av a@example.org)'
		],
		[
			'en',
			{ kind: 'import', name: 'hsds:region.json', operator: { email: 'a@example.org' } },
			'the import hsds:region.json (run by a@example.org)'
		],
		['en', { kind: 'public' }, 'public']
	] as const)('%s: %j', (lang, actor, expected) => {
		expect(actorName(actor, staffMessages(lang))).toBe(expected);
	});
});
