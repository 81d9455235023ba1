// Accessibility checks with axe-core in the page under test: WCAG 2.x A and AA rules, every
// violation named with the elements it found, so a failing test says what to fix.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core on the page as it is now, or on the part `within` picks: a CSS selector, or axe's
 * context object (`{ exclude: [['#graphiql']] }`: the page but a third party's widget).
 */
export async function axeViolations(page: Page, within?: string | { include?: string[][]; exclude?: string[][] }): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (rightly
  // refusing an injected <script>) does not govern.
  if (!(await page.evaluate<boolean>('"axe" in window'))) await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  // Evaluated as text: the tests are compiled without the DOM's types.
  const context = within ? JSON.stringify(within) : 'document';
  return page.evaluate<Violation[]>(`(async () => {
    const result = await axe.run(${context}, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  })()`);
}

/** Fails with the list of violations when axe-core finds any. */
export async function expectNoAxeViolations(page: Page, within?: string): Promise<void> {
  const violations = await axeViolations(page, within);
  expect(violations, `axe-core on ${page.url()}`).toEqual([]);
}
