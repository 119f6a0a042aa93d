/**
 * A `_headers` file (Netlify / Cloudflare Pages format): a path pattern on a line of its own, then
 * its headers on indented `Name: value` lines; `#` starts a comment line; `*` in a pattern matches
 * anything. The test server (e2e/support/serve.ts) applies it as a host does, and the checks of
 * this folder read it: both through this one parser.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface HeaderRule {
	/** The path pattern as written: `/*`, `/_astro/*`. */
	path: string;
	pattern: RegExp;
	/** Name (as written) and value, in the file's order. */
	headers: Array<[name: string, value: string]>;
}

function patternOf(path: string): RegExp {
	const source = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
	return new RegExp(`^${source}$`);
}

export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [index, line] of text.split('\n').entries()) {
		const trimmed = line.trim();
		if (!trimmed || trimmed.startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: trimmed, pattern: patternOf(trimmed), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (colon < 0 || !rule)
			throw new Error(`_headers, line ${index + 1}: « ${trimmed} » is not under a path`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/** The rules of a `_headers` file; none when there is no such file. */
export function readHeaders(file: string): HeaderRule[] {
	return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
}

/**
 * The headers the rules give a path, by lower-case name: every matching rule applies, in the file's
 * order, a later one replacing a header an earlier one set.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const rule of rules) {
		if (!rule.pattern.test(pathname)) continue;
		for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), value);
	}
	return headers;
}
