import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type Message } from 'html-validate';
import { expect, test } from './support/fixtures';

/**
 * Every built page through html-validate's recommended rules (`.htmlvalidate.json`), with these
 * documented departures:
 * - `void-style` off: Astro writes `<meta … />`, the HTML syntax allows both forms;
 * - `valid-id` relaxed: Starlight's skip link targets `id="_top"`, a valid HTML id that the strict
 *   rule (letters first) refuses;
 * - `aria-label-misuse` with `allowAnyNamable`: `aria-label` stays refused where ARIA forbids a name
 *   (`div`, `span`, `p`…) but is allowed on roles that ARIA lets authors name, such as the labelled
 *   lists (`<ul aria-label>`) of the support links page;
 * - the exceptions below, each about markup that Starlight or Astro writes and we do not, each
 *   required to still match something (a stale exception fails the test).
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, process.env.E2E_DIST ?? 'dist');

interface Exception {
	rule: string;
	/** The element's selector, as html-validate reports it. */
	selector: RegExp;
	why: string;
}

const exceptions: Exception[] = [
	{
		rule: 'no-implicit-button-type',
		selector: /^html > body > div > nav > button$/,
		why: 'Starlight’s mobile menu button (MobileMenuToggle.astro): outside any form, so its implicit submit type does nothing.',
	},
	{
		rule: 'unique-landmark',
		selector: /^html > body > div > div > div > aside$|> (mobile-)?starlight-toc > nav$/,
		why: 'Starlight’s right sidebar and its two « Sur cette page » navigations, the mobile and the desktop one, of which CSS shows one at a time.',
	},
	{
		rule: 'element-permitted-content',
		selector: / > style$/,
		why: 'Astro writes its island style (`astro-island{display:contents}`) before the first island, in the body.',
	},
];

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

test('every built page passes html-validate, but for the documented exceptions', async () => {
	const validator = new HtmlValidate(
		JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')),
	);
	const used = new Set<Exception>();
	const problems: string[] = [];
	const pages = htmlFiles(dist);
	expect(pages.length).toBeGreaterThanOrEqual(3);
	for (const file of pages) {
		const report = await validator.validateString(readFileSync(file, 'utf8'), file);
		const messages: Message[] = report.results.flatMap((result) => result.messages);
		for (const message of messages) {
			const exception = exceptions.find(
				(e) => e.rule === message.ruleId && e.selector.test(message.selector ?? ''),
			);
			if (exception) {
				used.add(exception);
				if (exception.rule === 'element-permitted-content') {
					// Only Astro's island style may stand in the body.
					const html = readFileSync(file, 'utf8');
					const styles = [...html.matchAll(/<body[\s\S]*?<style>([\s\S]*?)<\/style>/g)];
					for (const style of styles)
						expect(style[1]).toBe('astro-island,astro-slot,astro-static-slot{display:contents}');
				}
				continue;
			}
			problems.push(
				`${relative(dist, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector})`,
			);
		}
	}
	expect(problems).toEqual([]);
	const stale = exceptions.filter((e) => !used.has(e)).map((e) => `${e.rule}: ${e.why}`);
	expect(stale, 'exceptions that no longer match anything: remove them').toEqual([]);
});
