import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Runs axe (WCAG 2.1 A and AA rules plus best practices) on the page and fails with the
 * violations listed. axe is a script, so under the no-JS project the check is skipped: the js
 * project checks the same server-rendered markup.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	if (test.info().project.use.javaScriptEnabled === false) {
		test.skip(true, 'axe runs as a script; the js project checks the same markup');
		return;
	}
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary).toEqual([]);
}
