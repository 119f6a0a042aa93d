import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { expect, it } from 'vitest';
import { all, builtSite, projectRoot, textOf } from './built-site.ts';

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

/** The one `<style>` the exception above lets stand in the body. */
const astroIslandStyle = 'astro-island,astro-slot,astro-static-slot{display:contents}';

it('every built page passes html-validate, but for the documented exceptions', async () => {
	const site = builtSite();
	const validator = new HtmlValidate(
		JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')),
	);
	const used = new Set<Exception>();
	const problems: string[] = [];
	expect(site.pages.length).toBeGreaterThanOrEqual(3);
	for (const page of site.pages) {
		const report = await validator.validateString(page.html, page.file);
		const messages: Message[] = report.results.flatMap((result) => result.messages);
		for (const message of messages) {
			const exception = exceptions.find(
				(e) => e.rule === message.ruleId && e.selector.test(message.selector ?? ''),
			);
			if (exception) {
				used.add(exception);
				if (exception.rule === 'element-permitted-content') {
					// Only Astro's island style may stand in the body.
					for (const style of all('body style', page.tree))
						expect(textOf(style), page.file).toBe(astroIslandStyle);
				}
				continue;
			}
			problems.push(
				`${page.file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector})`,
			);
		}
	}
	expect(problems).toEqual([]);
	const stale = exceptions.filter((e) => !used.has(e)).map((e) => `${e.rule}: ${e.why}`);
	expect(stale, 'exceptions that no longer match anything: remove them').toEqual([]);
});
