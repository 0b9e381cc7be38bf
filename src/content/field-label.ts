import type { FieldFacts } from '../shared/detection/page-facts.ts';

/** The texts around a field, raw; src/shared/detection decides what they mean. */
export type FieldTexts = Pick<
  FieldFacts,
  'labels' | 'placeholder' | 'title' | 'help' | 'section' | 'name' | 'id'
>;

const controls =
  'input, textarea, select, button, [contenteditable]:not([contenteditable="false"]), iframe';
/** What editors call their own editing area (CKEditor 5, TinyMCE): it says nothing about the field. */
const genericEditorName = /^\s*(rich text (editor|area)|editor|editing area)\b/i;
/** Elements a <label> without `for` labels when it wraps them (HTML's "labelable elements"). */
const labelable = 'input:not([type=hidden]), textarea, select, button, meter, output, progress';
/** Fields a user fills in; toolbar buttons of an editor do not count. */
const fillable =
  'input:not([type=hidden]):not([type=button]):not([type=submit]), textarea, select, [contenteditable]:not([contenteditable="false"])';
const skippedTags = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'option',
  'select',
  'textarea',
  'input',
  'button',
]);

const screenReaderOnly =
  /(^|\s)(sr-only|screen-reader-text|visually-hidden|visuallyhidden|a11y-hidden|hidden-accessible|u-hidden-visually)(\s|$)/;

/** Visible-ish text of a node, without the text of form controls inside it. */
function textOf(node: Node, limit = 200): string {
  let text = '';
  const walk = (current: Node) => {
    if (text.length > limit) return;
    if (current.nodeType === Node.TEXT_NODE) {
      text += current.textContent ?? '';
      return;
    }
    if (current.nodeType !== Node.ELEMENT_NODE) return;
    const element = current as Element;
    if (skippedTags.has(element.localName) || element.hasAttribute('hidden')) return;
    // Text for screen readers only ("Mandatory - must be populated before Submit") is not
    // what a user reads; a label that is screen-reader-only as a whole still counts.
    if (current !== node && screenReaderOnly.test(element.getAttribute('class') ?? '')) return;
    for (const child of element.childNodes) walk(child);
    if (/^(div|p|li|br|tr|td|th|label|legend|span)$/.test(element.localName)) text += ' ';
  };
  walk(node);
  return text.replace(/\s+/g, ' ').trim();
}

function byIds(element: Element, attribute: string): string {
  const ids = element.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [];
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids
    .map((id) => root.getElementById(id))
    .filter((target) => target !== null)
    .map((target) => textOf(target))
    .join(' ')
    .trim();
}

/**
 * A label's own words. A label wrapping its field often holds help text after the field
 * ("Eenmalige link … <input> De link die u …"): the text before the field is the label.
 */
function labelText(label: HTMLLabelElement, element: HTMLElement): string {
  if (!label.contains(element)) return textOf(label);
  let before = '';
  for (const child of label.childNodes) {
    if (child === element || child.contains(element)) break;
    before += ` ${textOf(child)}`;
  }
  return before.trim() || textOf(label);
}

/**
 * The labels of a field, as `element.labels` would give them, from an index built once per
 * document or shadow root: Chrome answers `labels` by scanning every label of the page, which
 * takes seconds on a page with thousands of fields.
 */
export type LabelIndex = (element: HTMLElement) => HTMLLabelElement[];

export function createLabelIndex(): LabelIndex {
  const byRoot = new Map<Node, Map<string, HTMLLabelElement[]>>();
  return (element) => {
    const root = element.getRootNode() as Document | ShadowRoot;
    let index = byRoot.get(root);
    if (!index) {
      index = new Map();
      for (const label of root.querySelectorAll('label[for]')) {
        const target = label.getAttribute('for') ?? '';
        index.set(target, [...(index.get(target) ?? []), label as HTMLLabelElement]);
      }
      byRoot.set(root, index);
    }
    // <label for="name"> where the page meant the id: a mistake Bitwarden tolerates too.
    const labels = [
      ...(index.get(element.id) ?? []),
      ...(element.id ? [] : (index.get(element.getAttribute('name') ?? '') ?? [])),
    ];
    const wrapping = element.closest('label');
    if (wrapping && !wrapping.hasAttribute('for') && wrapping.querySelector(labelable) === element)
      labels.push(wrapping);
    return labels;
  };
}

/** Each of a field's labels on its own: a second label is often a live counter (Wufoo). */
function explicitLabels(element: HTMLElement, labelsOf: LabelIndex): string[] {
  return labelsOf(element).map((label) => labelText(label, element));
}

/**
 * The heading of the section a field sits in (a legend, a heading, a header cell before it in
 * the same form): the last resort for a field without a label of its own.
 */
function sectionHeading(element: HTMLElement): string {
  const form = element.closest('form') ?? element.ownerDocument.body;
  const walker = element.ownerDocument.createTreeWalker(form, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = element;
  for (let steps = 0; steps < 60 && walker.previousNode(); steps++) {
    const previous = walker.currentNode as Element;
    if (/^(h[1-6]|legend|th)$/.test(previous.localName)) return textOf(previous);
  }
  return '';
}

/** A label that names this field: it comes before it and labels no other visible control. */
function labelsThis(label: HTMLLabelElement, element: HTMLElement): boolean {
  // A broken `for` (osTicket's ids differ from its for= values) leaves `control` empty even
  // when the label wraps its input.
  const control = label.control ?? label.querySelector(fillable);
  if (control && control !== element && control.offsetParent !== null) return false;
  return (
    Boolean(label.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) &&
    !element.contains(label)
  );
}

/**
 * Rich-text editors replace a (now hidden) textarea that still carries the label, or sit in
 * a field wrapper after it: the nearest preceding label within a wrapper holding no other
 * visible field.
 */
function editorLabel(element: HTMLElement): string {
  let wrapper: Element | null = element.parentElement;
  // Editors nest deeply (TinyMCE in WordPress: 8 levels); the climb stops at the first
  // wrapper that also holds other visible fields.
  for (let depth = 0; wrapper && depth < 10; depth++, wrapper = wrapper.parentElement) {
    const labels = [...wrapper.querySelectorAll('label')].filter(
      (label) => labelsThis(label, element) && !genericEditorName.test(textOf(label)),
    );
    const label = labels.at(-1);
    if (label) return textOf(label);
    const others = [...wrapper.querySelectorAll(fillable)].filter(
      (control) =>
        control !== element &&
        !element.contains(control) &&
        (control as HTMLElement).offsetParent !== null,
    );
    if (others.length > 1) break;
  }
  return '';
}

/** A table layout: the header cell of the row, else the cell above in a header row. */
function tableLabel(element: HTMLElement): string {
  const cell = element.closest('td');
  const row = cell?.parentElement as HTMLTableRowElement | null | undefined;
  if (!cell || !row) return '';
  const header = row.querySelector('th');
  if (header && !header.querySelector(controls)) return textOf(header);
  const previous = cell.previousElementSibling;
  if (previous && !previous.querySelector(controls) && textOf(previous)) return textOf(previous);
  const table = row.closest('table');
  const index = cell.cellIndex;
  for (
    let above = row.previousElementSibling;
    above && table;
    above = above.previousElementSibling
  ) {
    const candidate = (above as HTMLTableRowElement).cells[index];
    if (candidate?.localName === 'th') return textOf(candidate);
  }
  const head = table?.tHead?.rows[0]?.cells[index];
  return head ? textOf(head) : '';
}

/** The closest text before the field: a previous sibling, climbing a few levels (Chromium's inference). */
function precedingText(element: HTMLElement, levels: number): string {
  let node: Element | null = element;
  for (let depth = 0; depth < levels; depth++) {
    let steps = 0;
    for (
      let sibling = node.previousSibling;
      sibling && steps < 3;
      sibling = sibling.previousSibling
    ) {
      // Bare text before a field is a label too ("Secure Link:<input>" in Salesforce's embed).
      if (sibling.nodeType === Node.TEXT_NODE) {
        const text = sibling.textContent?.trim() ?? '';
        if (text) return text;
        continue;
      }
      if (sibling.nodeType !== Node.ELEMENT_NODE) continue;
      const previous = sibling as HTMLElement;
      if (previous.localName === 'br') continue;
      steps++;
      // A control the user cannot see (the textarea an editor replaced) and an editor's
      // toolbar do not separate a field from its label.
      if (previous.offsetParent === null && previous.matches(controls)) continue;
      if (previous.matches('[role=toolbar], [class*=toolbar]')) continue;
      // Help text often sits between a caption and its field ("Please explain the problem").
      if (helpClass.test(typeof previous.className === 'string' ? previous.className : ''))
        continue;
      // Only a field a user fills in separates a label from its field; buttons do not.
      if (previous.matches(fillable) || previous.querySelector(fillable)) return '';
      const text = textOf(previous);
      if (text) return text;
    }
    const parent: Element | null = node.parentElement;
    if (!parent || /^(form|fieldset|body)$/.test(parent.localName)) break;
    node = parent;
  }
  return '';
}

const helpClass = /desc|help|hint|info|instruction|sublabel|note/i;

function helpText(element: HTMLElement): string {
  const described = byIds(element, 'aria-describedby');
  if (described) return described;
  const next = element.nextElementSibling ?? element.parentElement?.nextElementSibling;
  return next && helpClass.test(next.className) ? textOf(next) : '';
}

export function describeField(element: HTMLElement, labelsOf: LabelIndex): FieldTexts {
  const editable = element.localName !== 'input' && element.localName !== 'textarea';
  // An editor's frame body (TinyMCE) is described by its iframe in the page.
  const frame = element.ownerDocument.defaultView?.frameElement as HTMLElement | null | undefined;
  const anchor = element === element.ownerDocument.body && frame ? frame : element;
  const ariaLabel = element.getAttribute('aria-label') ?? '';
  // An editor's own aria-label is generic ("Rich Text Editor. Editing area: main"): the label
  // of the field it replaced comes first.
  const labels = editable
    ? [
        byIds(anchor, 'aria-labelledby'),
        editorLabel(anchor),
        tableLabel(anchor),
        // Editors nest their editable area deep inside their own wrappers.
        precedingText(anchor, 8),
        ariaLabel,
      ]
    : [
        byIds(anchor, 'aria-labelledby'),
        ...explicitLabels(anchor, labelsOf),
        ariaLabel,
        tableLabel(anchor),
        precedingText(anchor, 4),
      ];
  return {
    labels: labels.filter((label) => label !== ''),
    placeholder:
      element.getAttribute('placeholder') ?? element.getAttribute('data-placeholder') ?? '',
    title: element.getAttribute('title') ?? '',
    help: helpText(anchor),
    section: labels.some(Boolean) ? '' : sectionHeading(anchor),
    name: anchor.getAttribute('name') ?? '',
    id: anchor.id,
  };
}
