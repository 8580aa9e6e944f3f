import { fail, type RequestEvent } from '@sveltejs/kit';
import { idSchema } from '@stodkartan/core';
import { staffCall } from './staff/api';
import { formText } from './form-text';

/**
 * The public service page's "suggest a correction" action. Nothing of the visitor is passed on
 * but the text (and the address, for the API's throttle, which keeps it in memory only); no
 * cookie is read or set.
 */
export async function suggestCorrection(event: RequestEvent<{ id: string }>) {
	const id = idSchema.safeParse(event.params.id);
	if (!id.success) return fail(404, { suggestion: 'failed' as const });
	const text = formText(await event.request.formData(), 'text').trim();
	if (text.length < 3 || text.length > 2000) return fail(400, { suggestion: 'invalid' as const });
	const answer = await staffCall(
		event,
		'POST',
		`/api/services/${id.data}/suggestions`,
		{ text },
		{ withSession: false }
	);
	if (answer.status === 201) return { suggestion: 'sent' as const };
	if (answer.status === 429) return fail(429, { suggestion: 'limited' as const });
	return fail(answer.status === 400 ? 400 : 503, {
		suggestion: answer.status === 400 ? ('invalid' as const) : ('failed' as const)
	});
}
