import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** Reads an evaluation file and validates it, or says every problem with its JSON path. */
export async function readEvaluationFile<T extends z.ZodType>(
	file: string,
	schema: T,
	what: string
): Promise<{ ok: true; value: z.infer<T> } | { ok: false; message: string }> {
	let json: unknown;
	try {
		json = JSON.parse(await readFile(file, 'utf8'));
	} catch (error) {
		return {
			ok: false,
			message: `${file}: ${error instanceof Error ? error.message : String(error)}`
		};
	}
	const parsed = schema.safeParse(json);
	if (parsed.success) return { ok: true, value: parsed.data };
	const issues = parsed.error.issues.map(
		(issue) => `  $.${issue.path.map(String).join('.')}: ${issue.message}`
	);
	return { ok: false, message: `${file} is not ${what}:\n${issues.join('\n')}` };
}
