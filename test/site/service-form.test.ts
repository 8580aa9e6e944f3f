import { NEED_CODES } from '@stodkartan/core';
import { readServiceForm } from '$lib/server/staff/service-form';
import { buildService } from '../support/domain.js';

const messages = { invalidJson: 'bad json', invalidNumber: 'bad number' };

/** The needs boxes as the staff page posts them: in the vocabulary's order, not the service's. */
function formTicking(needs: readonly string[]): FormData {
	const form = new FormData();
	for (const code of NEED_CODES) if (needs.includes(code)) form.append('needs', code);
	return form;
}

describe('the staff service form', () => {
	// The first need is what the service is mainly for; a reorder would change matching unseen.
	const service = buildService({ needs: ['someone-to-talk-to', 'crisis-support', 'sexual-abuse'] });

	test('leaving the needs as they were proposes no change to them, whatever order the boxes post in', () => {
		const { changes } = readServiceForm(formTicking(service.needs), service, messages);
		expect(changes).not.toHaveProperty('needs');
	});

	test('unticking a need keeps the others in the service’s order', () => {
		const form = formTicking(['someone-to-talk-to', 'sexual-abuse']);
		const { changes } = readServiceForm(form, service, messages);
		expect(changes.needs).toEqual(['someone-to-talk-to', 'sexual-abuse']);
	});

	test('a newly ticked need comes after the ones the service had', () => {
		const form = formTicking([...service.needs, 'rape']);
		const { changes } = readServiceForm(form, service, messages);
		expect(changes.needs).toEqual(['someone-to-talk-to', 'crisis-support', 'sexual-abuse', 'rape']);
	});
});

describe('the staff service form’s contacts', () => {
	const service = buildService({
		contacts: [
			{
				channel: 'phone',
				value: '020-00 00 00',
				label: { sv: 'Växeln', en: 'Switchboard' },
				caveat: { sv: 'Öppettiderna hittades inte.', en: 'Hours not found.' }
			}
		]
	});

	test('changing a number keeps the row’s caveat and label, which the form does not show', () => {
		const form = new FormData();
		form.set('contact-count', '1');
		form.set('contact-channel-0', 'phone');
		form.set('contact-value-0', '020-11 11 11');
		const { changes } = readServiceForm(form, service, messages);
		expect(changes.contacts).toEqual([{ ...service.contacts[0], value: '020-11 11 11' }]);
	});
});
