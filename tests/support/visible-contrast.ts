import type { Page } from 'playwright-core';
import { contrastRatio } from './colour.ts';

// What axe-core does not measure: the keyboard focus ring, the edges of fields and their
// placeholder text, each against what the user sees around it (WCAG 1.4.3, 1.4.11, 2.4.7).

/** The page's own background and text colours. */
export function pageColours(page: Page): Promise<{ background: string; text: string }> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, text: style.color };
  });
}

/** Presses Tab until the keyboard focus is on an element matching `selector`. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 15; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted), selector)) return;
  }
  throw new Error(`15 presses of Tab never reached ${selector}`);
}

export interface FocusRing {
  /** The focused element, as the user reads it. */
  name: string;
  /** "outline 2px solid", "box-shadow …", or "" when nothing shows the focus. */
  ring: string;
  /** The ring's colour against what surrounds it (1 when there is no ring). */
  contrast: number;
}

/**
 * The ring that shows the keyboard focus (an outline at least 2px wide, or a box shadow), drawn
 * on the focused element or, for a control that draws it elsewhere (a hidden radio's visible
 * segment), on `drawnOn`. A ring inside the element (negative outline offset, inset shadow) is
 * measured against the element's own background (the page's where it has none); one outside
 * it against the page.
 */
export async function focusRing(page: Page, drawnOn = ':focus'): Promise<FocusRing> {
  const seen = await page.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`nothing matches ${selector}`);
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow === 'none' ? '' : style.boxShadow;
    const page = getComputedStyle(document.body).backgroundColor;
    return {
      name: document.activeElement?.closest('label, button')?.textContent.trim() ?? '',
      ring: outlined ? `outline ${style.outlineWidth} ${style.outlineStyle}` : shadow,
      // Browsers report a shadow's colour first: "rgb(…) 0px 0px 0px 3px".
      colour: outlined ? style.outlineColor : (/^rgba?\([^)]*\)/.exec(shadow)?.[0] ?? ''),
      inside: outlined ? parseFloat(style.outlineOffset) < 0 : shadow.includes('inset'),
      own: style.backgroundColor === 'rgba(0, 0, 0, 0)' ? page : style.backgroundColor,
      page,
    };
  }, drawnOn);
  return {
    name: seen.name,
    ring: seen.ring,
    contrast: seen.colour ? contrastRatio(seen.colour, seen.inside ? seen.own : seen.page) : 1,
  };
}

/**
 * Every visible text field and list: where it ends against the page (3:1) and its placeholder
 * against its own background (4.5:1). One line per shortfall.
 */
export async function fieldShortfalls(page: Page): Promise<string[]> {
  const fields = await page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        'input:not([type=radio], [type=checkbox]), textarea, select',
      ),
    )
      .filter((field) => field.checkVisibility())
      .map((field) => {
        const style = getComputedStyle(field);
        return {
          field: field.id ? `#${field.id}` : field.localName,
          edge: style.borderTopColor,
          fill: style.backgroundColor,
          placeholder: field.getAttribute('placeholder')
            ? getComputedStyle(field, '::placeholder').color
            : undefined,
        };
      }),
  );
  const { background } = await pageColours(page);
  return fields.flatMap(({ field, edge, fill, placeholder }) => {
    const shortfalls: string[] = [];
    const edgeContrast = contrastRatio(edge, background);
    if (edgeContrast < 3) shortfalls.push(`${field} edge ${edgeContrast.toFixed(2)}:1`);
    const placeholderContrast = placeholder ? contrastRatio(placeholder, fill) : 21;
    if (placeholderContrast < 4.5)
      shortfalls.push(`${field} placeholder ${placeholderContrast.toFixed(2)}:1`);
    return shortfalls;
  });
}
