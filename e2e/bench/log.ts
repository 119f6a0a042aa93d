import { loadavg } from 'node:os';

/** Progress on stderr, with the load average: a busy machine explains a slow figure. */
export function log(message: string): void {
	process.stderr.write(`bench: ${message} (load ${loadavg()[0]?.toFixed(2)})\n`);
}
