import type { FieldFacts, PageFacts, ScopeFacts } from './page-facts.ts';
import { isRecord } from '../is-record.ts';

// What the injected code returns is data from a renderer that a hostile page shares: it is
// checked for shape before the extension looks at it (security case 7).

const isText = (value: unknown, max = 20_000): value is string =>
  typeof value === 'string' && value.length <= max;

function isField(value: unknown, scopes: number): value is FieldFacts {
  if (!isRecord(value)) return false;
  const {
    token,
    kind,
    type,
    labels,
    placeholder,
    title,
    help,
    section,
    name,
    id,
    safe,
    seen,
    area,
    scope,
  } = value;
  return (
    isText(token, 40) &&
    (kind === 'text' || kind === 'multiline' || kind === 'rich-text') &&
    isText(type, 40) &&
    Array.isArray(labels) &&
    labels.every((label) => isText(label, 2000)) &&
    [placeholder, title, help, section, name, id].every((text) => isText(text, 2000)) &&
    typeof safe === 'boolean' &&
    typeof seen === 'boolean' &&
    typeof area === 'number' &&
    Number.isInteger(scope) &&
    (scope as number) >= 0 &&
    (scope as number) < scopes
  );
}

function isScope(value: unknown): value is ScopeFacts {
  if (!isRecord(value)) return false;
  const { own, attributes, search, controls, heading } = value;
  return (
    isText(own) &&
    isText(attributes, 4000) &&
    typeof search === 'boolean' &&
    isText(heading, 2000) &&
    Array.isArray(controls) &&
    controls.every(
      (control) =>
        isRecord(control) && isText(control['type'], 40) && isText(control['autocomplete'], 200),
    )
  );
}

export function isPageFacts(value: unknown): value is PageFacts {
  if (!isRecord(value)) return false;
  const { inspectionId, page, language, insecure, scopes, fields } = value;
  return (
    isText(inspectionId, 64) &&
    isText(page, 4000) &&
    isText(language, 40) &&
    typeof insecure === 'boolean' &&
    Array.isArray(scopes) &&
    scopes.length <= 10_000 &&
    scopes.every(isScope) &&
    Array.isArray(fields) &&
    fields.length <= 20_000 &&
    fields.every((field) => isField(field, scopes.length))
  );
}
