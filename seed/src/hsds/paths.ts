import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The official HSDS 3.1 schemas, copied into the project with their attribution. */
export const HSDS_STANDARD = path.join(ROOT, 'data', 'standards', 'hsds-3.1');

/** The value after a `--name` option, or undefined. */
export function option(args: readonly string[], name: string): string | undefined {
	const index = args.indexOf(name);
	return index >= 0 ? args[index + 1] : undefined;
}
