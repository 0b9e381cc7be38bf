import type { FieldFacts, PageFacts, ScopeFacts } from '../shared/detection/page-facts.ts';
import { collectFields } from './collect-fields.ts';
import { describeField } from './field-label.ts';
import { createScopeFinder, describeScope, type FormScope } from './form-context.ts';
import { startInspection } from './registry.ts';
import { isPlausiblyFillable, isSafeTarget } from './visibility.ts';

/** The page a same-origin frame is shown in. */
function topDocument(doc: Document): Document {
  let current = doc;
  for (
    let frame = current.defaultView?.frameElement;
    frame;
    frame = current.defaultView?.frameElement
  ) {
    current = frame.ownerDocument;
  }
  return current;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * Reads the page (its top document, open shadow roots and same-origin frames): every field a
 * user could write to, the text around it, and the form it belongs to. Changes nothing; the
 * extension decides from these facts which field gets what.
 */
export function readPage(doc: Document): PageFacts {
  const inspection = startInspection();
  const scopeOf = createScopeFinder();
  const scopeIndex = new Map<FormScope, number>();
  const scopes: ScopeFacts[] = [];
  const seen = new Map<Element, number>();
  const fields: FieldFacts[] = [];
  for (const { element, kind } of collectFields(doc)) {
    if (!isPlausiblyFillable(element)) continue;
    const scope = scopeOf(element);
    let index = scopeIndex.get(scope);
    if (index === undefined) {
      index = scopes.push(describeScope(scope)) - 1;
      scopeIndex.set(scope, index);
    }
    const box =
      element === element.ownerDocument.body
        ? element.ownerDocument.defaultView?.frameElement
        : element;
    const rect = (box ?? element).getBoundingClientRect();
    fields.push({
      token: inspection.register(element),
      kind,
      type: (element.getAttribute('type') ?? '').toLowerCase(),
      ...describeField(element),
      safe: isSafeTarget(element, seen),
      area: Math.round(rect.width * rect.height),
      scope: index,
    });
  }
  const top = topDocument(doc);
  return {
    inspectionId: inspection.id,
    page: `${top.title} ${top.location.pathname.replace(/[/_-]+/g, ' ')} ${top.querySelector('h1')?.textContent ?? ''}`,
    language: doc.documentElement.lang,
    insecure: doc.location.protocol === 'http:' && !isLoopback(doc.location.hostname),
    scopes,
    fields,
  };
}
