import type { FieldKind } from '../ticket-form.ts';

/**
 * What the injected code reads off a page, raw: the text a user sees around each field and
 * form, and whether each field could be written to. No secret and no decision is in here; the
 * extension decides from these facts (detect-ticket-form.ts) which field gets what.
 */
export interface FieldFacts {
  /** Handle for a later fill; only meaningful in the inspected document. */
  token: string;
  kind: FieldKind;
  /** The input's type attribute, lower case ('' for textarea and editors). */
  type: string;
  /** Label texts in order of trust: aria-labelledby, <label>, aria-label, editor wrapper, table, nearby text. */
  labels: string[];
  placeholder: string;
  title: string;
  /** aria-describedby or the help text next to the field. */
  help: string;
  /** The heading of the field's section, read only for fields without a label of their own. */
  section: string;
  name: string;
  id: string;
  /** Passed the thorough visibility check (not hidden, covered, clipped or transparent). */
  safe: boolean;
  /** The browser showed it uncovered on screen; unseen fields were off screen, or under a banner. */
  seen: boolean;
  /** On-screen size in px², to prefer the big message box. */
  area: number;
  /** Index into `PageFacts.scopes`. */
  scope: number;
}

export interface ControlFacts {
  type: string;
  autocomplete: string;
}

export interface ScopeFacts {
  /** The form's own words: id, class, name, action, aria-label, headings, legends, buttons. */
  own: string;
  /** The form's id, class and action alone. */
  attributes: string;
  /** role="search" on the form. */
  search: boolean;
  /** Visible controls of any type, for telling login, checkout and search forms apart. */
  controls: ControlFacts[];
  /** The heading a user sees for the form. */
  heading: string;
}

export interface PageFacts {
  inspectionId: string;
  /** The top page's title, path and main heading. */
  page: string;
  language: string;
  insecure: boolean;
  scopes: ScopeFacts[];
  fields: FieldFacts[];
}
