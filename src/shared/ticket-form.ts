import type { PageFacts } from './detection/page-facts.ts';

/**
 * What the injected content code reports about a page, and the fill plan the background
 * sends back to it. Only these plain objects cross into a page: never the secret.
 */
export type FieldRole = 'link' | 'passphrase' | 'message';

/** How a field is edited: input/textarea value, or a rich-text editor's own input path. */
export type FieldKind = 'text' | 'multiline' | 'rich-text';

export interface FieldInfo {
  /** The field's handle in the inspected document; meaningless anywhere else. */
  token: string;
  /** The label a user reads next to the field. */
  label: string;
  kind: FieldKind;
}

/** support: a ticket form; public: a forum, tracker or comment form; none: anything else. */
export type PageKind = 'support' | 'public' | 'none';

export interface FormReport {
  /** Random per inspection: a fill presenting another id finds nothing to fill. */
  inspectionId: string;
  kind: PageKind;
  /** The heading a user sees for the form ("Contact Support"), when there is one. */
  title: string;
  fields: Partial<Record<FieldRole, FieldInfo>>;
  /** Every field of the form OnceLink could write to, for the user to choose from. */
  candidates: FieldInfo[];
  /** The page's language (lang attribute), for the text added to a message. */
  language: string;
  /** The page is plain http on a host other than the user's own machine. */
  insecure: boolean;
}

/** Where one value goes: a field, the end of the message, or nowhere in the page. */
export type Destination = { to: 'field'; token: string } | { to: 'message' } | { to: 'nowhere' };

export interface FillPlan {
  inspectionId: string;
  link: Destination;
  passphrase: Destination;
  /** The message field, when anything is appended to it. */
  message?: string | undefined;
}

/** The text that goes into the page, prepared outside it. */
export interface FillValues {
  link: string;
  passphrase: string;
  /** Appended to the message field: whatever of link, passphrase and expiry goes there. */
  messageText: string;
}

export type FillFailure = 'page-changed' | 'field-gone' | 'not-fillable' | 'write-failed';

/** On success, the tokens of the fields written to. */
export type FillOutcome = { ok: true; filled: string[] } | { ok: false; reason: FillFailure };

/** The API the injected bundle installs in the extension's isolated world of a page. */
export interface ContentApi {
  read(): PageFacts;
  fill(plan: FillPlan, values: FillValues): Promise<FillOutcome>;
}

export const contentApiKey = '__onceLinkContent';
