import type { Page } from 'playwright-core';
import { resolveInPage, type Fixture } from './fixture-expectations.ts';

/** Runs `resolveInPage` in the page for a selector and returns what a form would submit from it. */
export function readField(page: Page, selector: string): Promise<string | null> {
  return page.evaluate<string | null>(
    `(() => {
      const element = (${resolveInPage.toString()})(${JSON.stringify(selector)});
      if (!element) return null;
      if (element.localName === 'iframe') return element.contentDocument?.body?.textContent ?? null;
      if ('value' in element && typeof element.value === 'string') {
        return element.type === 'checkbox' || element.type === 'radio' ? String(element.checked) : element.value;
      }
      return element.textContent;
    })()`,
  );
}

/** Waits until a fixture page is ready to be inspected: its form rendered, its editors started. */
export async function waitForFixture(page: Page, fixture: Fixture): Promise<void> {
  const { readyWhen, state } = fixture.expect;
  if (readyWhen) {
    await page.waitForFunction(
      `(${resolveInPage.toString()})(${JSON.stringify(readyWhen)}) !== null`,
      undefined,
      {
        timeout: 15_000,
      },
    );
  }
  if (state)
    await page.waitForFunction('typeof window.__fixtureState === "function"', undefined, {
      timeout: 15_000,
    });
  // Editors and late scripts settle (focus handlers, placeholders) after their first render.
  await page.waitForTimeout(150);
}

/** The values of every trap, to compare before and after OnceLink acted. */
export async function snapshotTraps(
  page: Page,
  fixture: Fixture,
): Promise<Record<string, string | null>> {
  const entries = await Promise.all(
    fixture.expect.traps.map(async (trap) => [trap, await readField(page, trap)] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * What the page would submit (`window.__fixtureState()`), as text: editors report HTML, where
 * "·" arrives as "&middot;", so HTML values are read through the page's own parser.
 */
export function fixtureState(page: Page): Promise<Record<string, string>> {
  return page.evaluate<Record<string, string>>(`(() => {
    const state = window.__fixtureState();
    const text = (value) =>
      typeof value === 'string' && /<[a-z][^>]*>/i.test(value)
        ? new DOMParser().parseFromString(value, 'text/html').body.textContent
        : value;
    return Object.fromEntries(Object.entries(state).map(([key, value]) => [key, text(value)]));
  })()`);
}
