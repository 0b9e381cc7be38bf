import type { FieldInfo, FieldRole, FormReport, PageKind } from '../shared/ticket-form.ts';
import { collectFields, type Field } from './collect-fields.ts';
import { describeField, type FieldText } from './field-label.ts';
import { roleThresholds, scoreRoles, type RoleScores } from './field-roles.ts';
import { createScopeFinder, isElement, type FormScope } from './form-context.ts';
import { classifyScope } from './page-kind.ts';
import { startInspection, type Inspection } from './registry.ts';
import { cleanLabel } from './text.ts';
import { isPlausiblyFillable, isSafeTarget } from './visibility.ts';

interface Analysed extends Field {
  text: FieldText;
  scores: RoleScores;
  order: number;
}

type Choice = Partial<Record<FieldRole, Analysed>>;

const roles: FieldRole[] = ['link', 'passphrase', 'message'];
/** The popup lists at most this many fields to choose from. */
const maxCandidates = 40;

function area(field: Analysed): number {
  const rect = field.element.getBoundingClientRect();
  return rect.width * rect.height;
}

/** The best field for each role, each field used once, each one checked thoroughly. */
function chooseRoles(fields: Analysed[]): Choice {
  const choice: Choice = {};
  const taken = new Set<HTMLElement>();
  for (const role of roles) {
    const ranked = fields
      .filter((field) => field.scores[role] >= roleThresholds[role] && !taken.has(field.element))
      .sort(
        (a, b) =>
          b.scores[role] - a.scores[role] ||
          (role === 'message' ? area(b) - area(a) : a.order - b.order),
      );
    const chosen = ranked.find((field) => isSafeTarget(field.element));
    if (chosen) {
      choice[role] = chosen;
      taken.add(chosen.element);
    }
  }
  return choice;
}

function titleOf(scope: FormScope, doc: Document): string {
  const inside = scope.querySelector('h1, h2, h3, legend');
  let before: Element | null = isElement(scope) ? scope.previousElementSibling : null;
  while (before && !/^h[1-3]$/.test(before.localName)) before = before.previousElementSibling;
  const heading = inside ?? before ?? doc.querySelector('h1');
  return cleanLabel(heading?.textContent ?? doc.title).slice(0, 80);
}

function info(field: Analysed, inspection: Inspection): FieldInfo {
  return { token: inspection.register(field.element), label: field.text.label, kind: field.kind };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * Finds the support form of the page (its top document, open shadow roots and same-origin
 * frames), the fields for the link, passphrase and message, and the fields a user could
 * choose instead. Reads the page; changes nothing.
 */
export function inspectPage(doc: Document): FormReport {
  const inspection = startInspection();
  const scopeOf = createScopeFinder();
  const groups = new Map<FormScope, Analysed[]>();
  let order = 0;
  for (const field of collectFields(doc)) {
    if (!isPlausiblyFillable(field.element)) continue;
    const text = describeField(field.element);
    const analysed: Analysed = {
      ...field,
      text,
      scores: scoreRoles(field.element, field.kind, text),
      order: order++,
    };
    const scope = scopeOf(field.element);
    const members = groups.get(scope);
    if (members) members.push(analysed);
    else groups.set(scope, [analysed]);
  }

  let best: { scope: FormScope; fields: Analysed[]; choice: Choice; score: number } | undefined;
  let publicPage = false;
  for (const [scope, fields] of groups) {
    const choice = chooseRoles(fields);
    const verdict = classifyScope({
      scope,
      hasLinkField: Boolean(choice.link),
      hasMessageField: Boolean(choice.message),
    });
    if (verdict.kind === 'public') publicPage = true;
    if (verdict.kind === 'support' && (!best || verdict.score > best.score))
      best = { scope, fields, choice, score: verdict.score };
  }

  const kind: PageKind = best ? 'support' : publicPage ? 'public' : 'none';
  const report: FormReport = {
    inspectionId: inspection.id,
    kind,
    title: best ? titleOf(best.scope, doc) : '',
    fields: {},
    candidates: [],
    language: doc.documentElement.lang || '',
    insecure: doc.location.protocol === 'http:' && !isLoopback(doc.location.hostname),
  };
  if (best) {
    for (const role of roles) {
      const field = best.choice[role];
      if (field) report.fields[role] = info(field, inspection);
    }
    report.candidates = best.fields.slice(0, maxCandidates).map((field) => info(field, inspection));
  }
  return report;
}
