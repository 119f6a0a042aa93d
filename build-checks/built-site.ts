/**
 * The built site as the checks of this folder read it: the files of `dist` (or `dist-base`), and
 * each HTML page parsed once, as a browser parses it with scripting off (so that the content of
 * `<noscript>` is markup, checked like the rest). A missing build fails with what to run, so that
 * no check passes on an empty folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { parse } from 'parse5';
import { onePolicy } from '../src/security/headers.ts';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export interface BuiltPage {
	/** The file, relative to the build folder, with `/`: `billing/liens-support/index.html`. */
	file: string;
	/** The address below the site's base that serves it: `/billing/liens-support/`, `/404.html`. */
	route: string;
	html: string;
	readonly tree: Root;
}

export interface BuiltSite {
	/** The build folder's absolute path. */
	dir: string;
	/** Every file of the build, relative to it, with `/`, sorted. */
	files: string[];
	pages: BuiltPage[];
	/** The page at this route; throws when the build has none. */
	page(route: string): BuiltPage;
	/** A file of the build as text. */
	read(file: string): string;
}

/** `dist` (or `E2E_DIST`), the site built by `npm run build`. */
export const distFolder = process.env.E2E_DIST ?? 'dist';
/** `dist-base` (or `E2E_BASE_DIST`), the site built for a sub-path by `npm run build:base`. */
export const baseDistFolder = process.env.E2E_BASE_DIST ?? 'dist-base';

const builds: Record<string, { script: string }> = {
	[distFolder]: { script: 'npm run build' },
	[baseDistFolder]: { script: 'npm run build:base' },
};

export function parseHtml(html: string): Root {
	return fromParse5(parse(html, { scriptingEnabled: false })) as Root;
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
		.sort();
}

function routeOf(file: string): string {
	return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

const loaded = new Map<string, BuiltSite>();

/** Reads a build folder once; throws, saying what to run, when it was not built. */
export function builtSite(folder = distFolder): BuiltSite {
	const cached = loaded.get(folder);
	if (cached) return cached;
	const dir = resolve(projectRoot, folder);
	if (!existsSync(join(dir, 'index.html'))) {
		const script = builds[folder]?.script ?? 'npm run build';
		throw new Error(`${dir} : pas de site construit. Lancez d’abord \`${script}\`.`);
	}
	const files = listFiles(dir);
	const read = (file: string) => readFileSync(join(dir, file), 'utf8');
	const pages = files
		.filter((file) => file.endsWith('.html'))
		.map((file): BuiltPage => {
			const html = read(file);
			let tree: Root | undefined;
			return {
				file,
				route: routeOf(file),
				html,
				// Parsed when a check first reads it: most checks read one or two pages.
				get tree() {
					tree ??= parseHtml(html);
					return tree;
				},
			};
		});
	const site: BuiltSite = {
		dir,
		files,
		pages,
		read,
		page(route) {
			const found = pages.find((p) => p.route === route);
			if (!found) throw new Error(`${dir} has no page at ${route}`);
			return found;
		},
	};
	loaded.set(folder, site);
	return site;
}

/** Every element of a tree matching a CSS selector (hast-util-select). */
export function all(selector: string, tree: Root | Element): Element[] {
	return selectAll(selector, tree);
}

/** The one element matching a selector; throws when there are none or several. */
export function one(selector: string, tree: Root | Element): Element {
	const found = selectAll(selector, tree);
	if (found.length !== 1) throw new Error(`${found.length} elements match ${selector}, not one`);
	return found[0] as Element;
}

const idIndexes = new WeakMap<Root | Element, Map<string, Element[]>>();

/** The elements of a tree that carry this id (a selector per id would walk the tree each time). */
export function byId(tree: Root | Element, id: string): Element[] {
	let index = idIndexes.get(tree);
	if (!index) {
		index = new Map();
		for (const element of selectAll('[id]', tree)) {
			const key = String(element.properties.id);
			index.set(key, [...(index.get(key) ?? []), element]);
		}
		idIndexes.set(tree, index);
	}
	return index.get(id) ?? [];
}

/** The headings (`h2` to `h4`) that carry this id: as `:is(h2, h3, h4)[id="…"]` finds them. */
export function headingWithId(tree: Root | Element, id: string): Element[] {
	return byId(tree, id).filter((element) => ['h2', 'h3', 'h4'].includes(element.tagName));
}

/** An element's text, as the DOM's `textContent`. */
export function textOf(node: Root | Element): string {
	return hastToString(node);
}

/** An element's text as a name reads it: spaces collapsed, trimmed. */
export function nameOf(node: Element): string {
	return textOf(node)
		.replace(/[ \t\n\r\f]+/g, ' ')
		.trim();
}

/** An attribute as written in the page (hast keeps it under its property name). */
export function attribute(element: Element, property: string): string | undefined {
	const value = element.properties[property];
	if (value === undefined || value === null || value === false) return undefined;
	return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The `content` of a page's Content-Security-Policy `<meta>`; throws unless it has exactly one. */
export function pagePolicy(page: BuiltPage): string {
	return onePolicy(page.file, page.tree);
}
