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
  /**
   * The field a secret was taken from ("Share as one-time secret"): emptied, or rid of the
   * selected text, before anything else is written, and only if it still holds what was read.
   */
  takenFrom?: string | undefined;
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

/** Where the browser says the user right-clicked ("Share as one-time secret"). */
export interface ClickedField {
  /** The URL of the frame the click happened in, as the browser reports it. */
  frameUrl: string;
  /** Firefox names the clicked element (menus.getTargetElement); Chrome has the focus only. */
  targetElementId?: number | undefined;
}

/**
 * What was found where the user right-clicked: the whole value of a password field, or the
 * text selected in another field. The value is the one secret a page hands to the extension.
 */
export type TakenSecret =
  | {
      status: 'found';
      kind: 'password' | 'selection';
      inspectionId: string;
      token: string;
      value: string;
    }
  | { status: 'empty' | 'no-field' | 'read-only' };

/** The API the injected bundles install in the extension's isolated world of a page. */
export interface ContentApi {
  read: () => PageFacts;
  fill: (plan: FillPlan, values: FillValues) => Promise<FillOutcome>;
  /**
   * For the take bundle: registers a field a secret is taken from (chars `start` to `end` of
   * its value) in the current inspection, if it is safe to write to; its token, else undefined.
   */
  adopt: (element: HTMLElement, start: number, end: number) => string | undefined;
  /** Installed by the take bundle: after read(), the field the user right-clicked. */
  take?: (clicked: ClickedField) => TakenSecret;
  /** The id of the inspection read() started. */
  inspectionId: () => string | undefined;
}

export const contentApiKey = '__onceLinkContent';
