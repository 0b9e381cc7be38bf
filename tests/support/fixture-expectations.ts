import { readFileSync, readdirSync } from 'node:fs';

/**
 * What OnceLink must do on a fixture page: tests/fixtures/pages/<name>.html with its
 * tests/fixtures/pages/<name>.expect.json. See tests/fixtures/README.md.
 */
export interface FixtureExpectation {
  /** The product or page type the markup reproduces. */
  product: string;
  /** Public sources read to reproduce the rendered DOM (repository + path, or docs URL). */
  sources: string[];
  /** support: a ticket form to fill; public: a forum or tracker (warn, fill nothing); none: not a support form. */
  kind: 'support' | 'public' | 'none';
  /** The page's language (BCP 47). */
  language: string;
  /**
   * fields: link and passphrase each into their own field;
   * link-field-passphrase-in-message: link into its field, passphrase appended to the message;
   * message-block: link, passphrase and expiry appended as one block to the message;
   * none: nothing is filled (negatives, public pages, support forms with nowhere to write).
   */
  fill: 'fields' | 'link-field-passphrase-in-message' | 'message-block' | 'none';
  /** Selectors (see `resolveInPage`) of the fields that must receive each value. */
  link?: string;
  passphrase?: string;
  message?: string;
  /** The labels a user reads next to those fields, as the popup should quote them. */
  labels?: { link?: string; passphrase?: string; message?: string };
  /** Fields that must never change: honeypots, hidden/CSRF inputs, the site's own passwords… */
  traps: string[];
  /** A selector that exists once a late- or script-rendered form is ready. */
  readyWhen?: string;
  /** Keys of `window.__fixtureState()` that must hold the filled values (framework or editor state). */
  state?: { link?: string; passphrase?: string; message?: string };
  notes?: string;
}

export interface Fixture {
  name: string;
  page: string;
  expect: FixtureExpectation;
}

const directory = 'tests/fixtures/pages';

export function loadFixtures(): Fixture[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.expect.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.expect\.json$/, '');
      return {
        name,
        page: `${name}.html`,
        expect: JSON.parse(readFileSync(`${directory}/${file}`, 'utf8')) as FixtureExpectation,
      };
    });
}

/**
 * Runs in the page: finds an element by a selector that may cross boundaries with " >>> ":
 * the part before it selects a shadow host (into its open shadow root) or an iframe (into its
 * same-origin document), e.g. "#hs-frame >>> textarea[name=message]".
 */
export function resolveInPage(selector: string): Element | null {
  let scope: Document | ShadowRoot = document;
  const parts = selector.split('>>>').map((part) => part.trim());
  for (const [index, part] of parts.entries()) {
    const found: Element | null = scope.querySelector(part);
    if (!found || index === parts.length - 1) return found;
    const inner: Document | ShadowRoot | null =
      found.shadowRoot ?? (found instanceof HTMLIFrameElement ? found.contentDocument : null);
    if (!inner) return null;
    scope = inner;
  }
  return null;
}
