import type { BackendErrorCode, BackendErrorParams } from './backends/backend-error.ts';

/**
 * A failure as it crosses from the background to a page: a code the page turns into a
 * sentence in the user's language, and the non-secret facts that sentence needs.
 */
export type UserErrorCode =
  | BackendErrorCode
  | 'permission-missing'
  /** Not a password field, and no text selected in a field. */
  | 'field-not-found'
  | 'field-empty'
  | 'field-read-only'
  /** The field is in a frame from another site: reading it needs the user's leave. */
  | 'frame-access-needed'
  /** The browser gives no access to the page (its own pages, the web store). */
  | 'page-unavailable'
  | 'passphrase-required'
  | 'lifetime-not-allowed'
  | 'busy'
  | 'interrupted'
  | 'bad-request'
  | 'unexpected';

export interface UserErrorParams extends BackendErrorParams {
  origin?: string;
}

export interface UserError {
  code: UserErrorCode;
  params: UserErrorParams;
}
