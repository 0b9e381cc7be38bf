/**
 * Whether a field is one a user can see and edit. Pages hide honeypots in every way CSS
 * allows, and a script can hide a field to collect what an autofill puts there, so anything
 * a user could not have typed into is out (security cases 9-14).
 */

/** The parent across shadow roots and out of frames into the embedding element. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  if (root && 'host' in root) return (root as ShadowRoot).host;
  return element.ownerDocument.defaultView?.frameElement ?? null;
}

/** What one reading of a page learnt about ancestors, which its fields share. */
export interface VisibilityMemo {
  hidden: Map<Element, boolean>;
  share: Map<Element, number>;
}

export function createVisibilityMemo(): VisibilityMemo {
  return { hidden: new Map(), share: new Map() };
}

function hiddenByAttributes(element: Element, memo: VisibilityMemo): boolean {
  const known = memo.hidden.get(element);
  if (known !== undefined) return known;
  const parent = composedParent(element);
  const hidden =
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('inert') ||
    (parent !== null && hiddenByAttributes(parent, memo));
  memo.hidden.set(element, hidden);
  return hidden;
}

function isDisabled(element: HTMLElement): boolean {
  if (element.localName === 'input' || element.localName === 'textarea') {
    const control = element as HTMLInputElement;
    if (control.disabled || control.readOnly || element.getAttribute('type') === 'hidden')
      return true;
    if (element.getAttribute('tabindex') === '-1') return true;
  }
  return Boolean(element.closest('fieldset[disabled]'));
}

/** The element that takes up room on screen: an iframe for an editable frame body. */
function boxOf(element: HTMLElement): Element {
  const frame = element.ownerDocument.defaultView?.frameElement;
  return element === element.ownerDocument.body && frame ? frame : element;
}

/** Cheap checks, run on every field of a page: the field's box on screen, if it has one. */
export function fillableBox(
  element: HTMLElement,
  memo: VisibilityMemo = createVisibilityMemo(),
): DOMRect | undefined {
  if (!element.isConnected || !element.ownerDocument.defaultView) return undefined;
  if (isDisabled(element) || hiddenByAttributes(element, memo)) return undefined;
  const box = boxOf(element);
  if (!box.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return undefined;
  const rect = box.getBoundingClientRect();
  if (rect.width < 4 || rect.height < 4) return undefined;
  const view = box.ownerDocument.defaultView;
  const scrollX = view?.scrollX ?? 0;
  const scrollY = view?.scrollY ?? 0;
  // Moved off the page to the left or top: the classic honeypot.
  return rect.right + scrollX > 0 && rect.bottom + scrollY > 0 ? rect : undefined;
}

function clipHides(style: CSSStyleDeclaration): boolean {
  const clip = /rect\(\s*([\d.]+)px,?\s*([\d.]+)px,?\s*([\d.]+)px,?\s*([\d.]+)px\s*\)/.exec(
    // `clip` is deprecated, and still how "visually hidden" honeypots are built.
    style.getPropertyValue('clip'),
  );
  if (clip) {
    const [, top, right, bottom, left] = clip.map(Number);
    if (Math.abs((right ?? 0) - (left ?? 0)) < 4 || Math.abs((bottom ?? 0) - (top ?? 0)) < 4)
      return true;
  }
  const inset = /^inset\(([^)]*)\)/.exec(style.clipPath);
  if (inset?.[1]?.split(/\s+/).some((part) => part.endsWith('%') && parseFloat(part) >= 50))
    return true;
  return /^(circle|ellipse)\(\s*0/.test(style.clipPath);
}

/** Nothing unrelated sits on top: sampled at points across the field that are on screen. */
function isUncovered(box: Element, element: HTMLElement, rect: DOMRect): boolean {
  const view = box.ownerDocument.defaultView;
  if (!view) return false;
  const y = rect.top + rect.height / 2;
  const points = [rect.left + rect.width / 2, rect.left + 6, rect.right - 6].filter(
    (x) => x >= 0 && x < view.innerWidth && y >= 0 && y < view.innerHeight,
  );
  if (points.length === 0) return true;
  const root = box.getRootNode() as Document | ShadowRoot;
  return points.some((x) => {
    const hit = root.elementFromPoint(x, y);
    if (!hit) return false;
    if (hit === box || box.contains(hit) || element.contains(hit)) return true;
    // A floating label drawn over its own field.
    const labels = (box as HTMLInputElement).labels;
    return Boolean(labels && [...labels].some((label) => label === hit || label.contains(hit)));
  });
}

/**
 * The thorough check for the fields OnceLink is about to write to: also nearly transparent
 * ancestors, clipped boxes and fields covered by something else.
 */
export function isSafeTarget(
  element: HTMLElement,
  memo: VisibilityMemo = createVisibilityMemo(),
): boolean {
  const rect = fillableBox(element, memo);
  return rect !== undefined && isSafeBox(element, rect, memo);
}

/** The thorough check, for a field whose box `fillableBox` has already measured. */
export function isSafeBox(element: HTMLElement, rect: DOMRect, memo: VisibilityMemo): boolean {
  const box = boxOf(element);
  return visibleShare(box, memo.share) >= 0.1 && isUncovered(box, element, rect);
}

/**
 * How much of an element shows through its ancestors' opacity, 0 when an ancestor clips it
 * away. `seen` remembers ancestors already measured: fields of one page share most of them.
 */
function visibleShare(node: Element, seen: Map<Element, number>): number {
  const known = seen.get(node);
  if (known !== undefined) return known;
  const style = node.ownerDocument.defaultView?.getComputedStyle(node);
  const parent = composedParent(node);
  const own = !style || clipHides(style) ? 0 : Number(style.opacity);
  const share = own === 0 ? 0 : own * (parent ? visibleShare(parent, seen) : 1);
  seen.set(node, share);
  return share;
}
