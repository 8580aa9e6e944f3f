/** Runs a command's `main` and exits with its code; an error ends it with its message only. */
export function run(main: () => Promise<number>): void {
	main()
		.then((code) => process.exit(code))
		.catch((error: unknown) => {
			console.error(error instanceof Error ? error.message : error);
			process.exit(1);
		});
}
