import type { BackendErrorCode, BackendErrorParams } from './backends/backend-error.ts';

/**
 * A failure as it crosses from the background to a page: a code the page turns into a
 * sentence in the user's language, and the non-secret facts that sentence needs.
 */
export type UserErrorCode =
  | BackendErrorCode
  | 'permission-missing'
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
