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
  fixed: Map<Element, boolean>;
}

export function createVisibilityMemo(): VisibilityMemo {
  return { hidden: new Map(), share: new Map(), fixed: new Map() };
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
/** Anchored to the window rather than the page: a banner, a sticky header, a chat launcher. */
function isFixedLayer(element: Element, memo: VisibilityMemo): boolean {
  const known = memo.fixed.get(element);
  if (known !== undefined) return known;
  const position = element.ownerDocument.defaultView?.getComputedStyle(element).position;
  const parent = composedParent(element);
  const fixed =
    position === 'fixed' ||
    position === 'sticky' ||
    (parent !== null && isFixedLayer(parent, memo));
  memo.fixed.set(element, fixed);
  return fixed;
}

/**
 * For a field off screen, where the browser cannot be asked what is on top: a positioned
 * element of the same form, painted after it, that takes clicks and spans the field's centre
 * (a transparent overlay over a decoy). Floating labels and icons take no clicks or no centre.
 */
function coveredInForm(box: Element, rect: DOMRect): boolean {
  const form = box.closest('form') ?? box.parentElement?.parentElement;
  if (!form) return false;
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const later = [...form.querySelectorAll('*')]
    .slice(0, 800)
    .filter(
      (element) =>
        !element.contains(box) &&
        !box.contains(element) &&
        Boolean(box.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
  return later.some((element) => {
    const style = element.ownerDocument.defaultView?.getComputedStyle(element);
    if (!style || (style.position !== 'absolute' && style.position !== 'fixed')) return false;
    if (style.pointerEvents === 'none' || style.visibility === 'hidden') return false;
    const cover = element.getBoundingClientRect();
    return cover.left <= x && x <= cover.right && cover.top <= y && y <= cover.bottom;
  });
}

/**
 * Whether what is drawn over the field is the field: "clear" when the browser hits the field
 * (or its own label) at a point across it, "covered" when something else is on top, and
 * "unchecked" when no point is on screen, or the field sits in the page and only a layer fixed
 * to the window (a cookie banner) is over it, which scrolling moves away.
 */
export type Cover = 'clear' | 'covered' | 'unchecked';

function coverOf(box: Element, element: HTMLElement, rect: DOMRect, memo: VisibilityMemo): Cover {
  const view = box.ownerDocument.defaultView;
  if (!view) return 'covered';
  const y = rect.top + rect.height / 2;
  const points = [rect.left + rect.width / 2, rect.left + 6, rect.right - 6].filter(
    (x) => x >= 0 && x < view.innerWidth && y >= 0 && y < view.innerHeight,
  );
  if (points.length === 0) return coveredInForm(box, rect) ? 'covered' : 'unchecked';
  const root = box.getRootNode() as Document | ShadowRoot;
  const hits = points.map((x) => root.elementFromPoint(x, y));
  const own = (hit: Element | null) => {
    if (!hit) return false;
    if (hit === box || box.contains(hit) || element.contains(hit)) return true;
    // A floating label drawn over its own field.
    const labels = (box as HTMLInputElement).labels;
    return Boolean(labels && [...labels].some((label) => label === hit || label.contains(hit)));
  };
  if (hits.some(own)) return 'clear';
  const scrollsAway =
    !isFixedLayer(box, memo) && hits.every((hit) => hit && isFixedLayer(hit, memo));
  return scrollsAway ? 'unchecked' : 'covered';
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
  return rect !== undefined && safetyOf(element, rect, memo) !== 'unsafe';
}

/** The thorough check, for a field whose box `fillableBox` has already measured. */
/**
 * "seen" when the field shows and the browser hits it on screen, "unseen" when it shows but
 * could not be checked on screen, "unsafe" when it is transparent, clipped or covered.
 */
export function safetyOf(
  element: HTMLElement,
  rect: DOMRect,
  memo: VisibilityMemo,
): 'seen' | 'unseen' | 'unsafe' {
  const box = boxOf(element);
  if (visibleShare(box, memo.share) < 0.1) return 'unsafe';
  const cover = coverOf(box, element, rect, memo);
  return cover === 'clear' ? 'seen' : cover === 'unchecked' ? 'unseen' : 'unsafe';
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
