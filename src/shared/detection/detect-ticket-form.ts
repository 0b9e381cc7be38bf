import type { FieldInfo, FieldRole, FormReport, PageKind } from '../ticket-form.ts';
import { roleThresholds, scoreRoles, type RoleScores } from './field-roles.ts';
import { classifyForm } from './form-kind.ts';
import type { FieldFacts, PageFacts } from './page-facts.ts';
import { cleanLabel, fieldText, type FieldText } from './text.ts';

interface Judged {
  facts: FieldFacts;
  text: FieldText;
  scores: RoleScores;
}

type Choice = Partial<Record<FieldRole, Judged>>;

const roles: FieldRole[] = ['link', 'passphrase', 'message'];
/** The popup lists at most this many fields to choose from. */
const maxCandidates = 40;

/** The best field for each role among those safe to write to, each field used once. */
function chooseRoles(fields: Judged[]): Choice {
  const choice: Choice = {};
  const taken = new Set<Judged>();
  for (const role of roles) {
    const best = fields
      .filter(
        (field) =>
          field.facts.safe && field.scores[role] >= roleThresholds[role] && !taken.has(field),
      )
      // Equally good: the one the browser showed on screen, then the bigger message box.
      .sort(
        (a, b) =>
          b.scores[role] - a.scores[role] ||
          Number(b.facts.seen) - Number(a.facts.seen) ||
          (role === 'message' ? b.facts.area - a.facts.area : 0),
      )[0];
    if (best) {
      choice[role] = best;
      taken.add(best);
    }
  }
  return choice;
}

function info(field: Judged): FieldInfo {
  return { token: field.facts.token, label: field.text.label, kind: field.facts.kind };
}

export interface DetectOptions {
  /** Judge only the form of this field ("Share as one-time secret" fills the clicked field's form). */
  formOf?: string;
  /** Leave this field out: the password field a secret was taken from is no destination. */
  without?: string;
}

/**
 * Decides from what was read off a page whether it holds a support form, and which of its
 * fields should receive the link, the passphrase and the message.
 */
export function detectTicketForm(facts: PageFacts, options: DetectOptions = {}): FormReport {
  const groups = facts.scopes.map((): Judged[] => []);
  const anchor =
    options.formOf === undefined
      ? undefined
      : (facts.fields.find((field) => field.token === options.formOf)?.scope ?? -1);
  for (const field of facts.fields) {
    if ((anchor !== undefined && field.scope !== anchor) || field.token === options.without)
      continue;
    const text = fieldText(field);
    groups[field.scope]?.push({ facts: field, text, scores: scoreRoles(field, text) });
  }

  let best: { scope: number; fields: Judged[]; choice: Choice; score: number } | undefined;
  let publicPage = false;
  for (const [scope, fields] of groups.entries()) {
    const choice = chooseRoles(fields);
    const scopeFacts = facts.scopes[scope];
    if (!scopeFacts || fields.length === 0) continue;
    const verdict = classifyForm({
      scope: scopeFacts,
      page: facts.page,
      fieldWords: fields.map((field) => field.text.primary).join(' · '),
      hasLinkField: Boolean(choice.link),
      hasMessageField: Boolean(choice.message),
    });
    if (verdict.kind === 'public') publicPage = true;
    if (verdict.kind === 'support' && (!best || verdict.score > best.score))
      best = { scope, fields, choice, score: verdict.score };
  }

  const kind: PageKind = best ? 'support' : publicPage ? 'public' : 'none';
  const report: FormReport = {
    inspectionId: facts.inspectionId,
    kind,
    title: best ? cleanLabel(facts.scopes[best.scope]?.heading ?? '').slice(0, 80) : '',
    fields: {},
    candidates: [],
    language: facts.language,
    insecure: facts.insecure,
  };
  if (best) {
    for (const role of roles) {
      const field = best.choice[role];
      if (field) report.fields[role] = info(field);
    }
    report.candidates = best.fields
      .filter((field) => field.facts.safe)
      .slice(0, maxCandidates)
      .map(info);
  }
  return report;
}
