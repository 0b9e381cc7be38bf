import { readFileSync } from 'node:fs';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * Runs axe-core on the whole document of one of the extension's pages. Extension pages allow
 * only their own scripts ('self'), so a <script> tag (page.addScriptTag) is refused; the source
 * is evaluated through the DevTools protocol instead, which the page's CSP does not govern.
 */
export async function axeResults(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  );
}

/** One line per failing element: rule, where, and what to do, so a failure says what to fix. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((rule) =>
      rule.nodes.map(
        (node) =>
          `${rule.id} at ${node.target.join(' ')}: ${rule.help}` +
          (node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ')})` : ''),
      ),
    )
    .join('\n');
}
