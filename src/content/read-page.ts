import type { FieldFacts, PageFacts, ScopeFacts } from '../shared/detection/page-facts.ts';
import { collectFields, type Field } from './collect-fields.ts';
import { createLabelIndex, describeField } from './field-label.ts';
import { createScopeFinder, describeScope, type FormScope } from './form-context.ts';
import { startInspection } from './registry.ts';
import { createVisibilityMemo, fillableBox, safetyOf } from './visibility.ts';

const safety = (verdict: 'seen' | 'unseen' | 'unsafe') => ({
  safe: verdict !== 'unsafe',
  seen: verdict === 'seen',
});

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
 * A form with more fields than this is an application screen (settings, a spreadsheet), not a
 * ticket form: its fields are not measured or described, which keeps huge pages fast.
 */
const maxFieldsPerForm = 150;
/**
 * At most this many fields are measured and described on one page. Forms with a message box
 * come first, so a ticket form among a thousand small shop forms is still found.
 */
const maxFieldsPerPage = 400;

/**
 * Reads the page (its top document, open shadow roots and same-origin frames): every field a
 * user could write to, the text around it, and the form it belongs to. Changes nothing; the
 * extension decides from these facts which field gets what.
 */
export function readPage(doc: Document): PageFacts {
  const inspection = startInspection();
  const scopeOf = createScopeFinder();
  const labelsOf = createLabelIndex();
  const memo = createVisibilityMemo();
  const groups = new Map<FormScope, Field[]>();
  for (const field of collectFields(doc)) {
    const scope = scopeOf(field.element);
    const members = groups.get(scope);
    if (members) members.push(field);
    else groups.set(scope, [field]);
  }
  const scopes: ScopeFacts[] = [];
  const fields: FieldFacts[] = [];
  const likelyFirst = [...groups].sort(
    ([, a], [, b]) =>
      Number(b.some(({ kind }) => kind !== 'text')) - Number(a.some(({ kind }) => kind !== 'text')),
  );
  let budget = maxFieldsPerPage;
  for (const [scope, members] of likelyFirst) {
    if (members.length > maxFieldsPerForm || members.length > budget) continue;
    budget -= members.length;
    const index = scopes.length;
    let described = false;
    for (const { element, kind } of members) {
      const box = fillableBox(element, memo);
      if (!box) continue;
      if (!described) {
        scopes.push(describeScope(scope));
        described = true;
      }
      fields.push({
        token: inspection.register(element),
        kind,
        type: (element.getAttribute('type') ?? '').toLowerCase(),
        ...describeField(element, labelsOf),
        ...safety(safetyOf(element, box, memo)),
        area: Math.round(box.width * box.height),
        scope: index,
      });
    }
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
