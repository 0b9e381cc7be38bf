import { t } from '../i18n.ts';
import type { UserError } from '../user-error.ts';

const number = (value: number | undefined) => (value ?? 0).toLocaleString();

/** The sentence a user reads for a failure. `backendHost` names the server when the error does not. */
export function errorText(error: UserError, backendHost: string): string {
  const { params } = error;
  const host = params.host ?? backendHost;
  switch (error.code) {
    case 'empty-secret':
      return t('errorEmptySecret');
    case 'invalid-characters':
      return t('errorInvalidCharacters');
    case 'secret-too-large':
      return params.detail === undefined
        ? t('errorSecretTooLarge', [number(params.bytes), number(params.limit)])
        : t('errorSecretTooLargeServer', params.detail);
    case 'network':
      return t('errorNetwork', host);
    case 'redirect':
      return t('errorRedirect', host);
    case 'timeout':
      return t('errorTimeout', [host, String(params.seconds ?? 0)]);
    case 'server-error':
      return t('errorServer', String(params.status ?? 500));
    case 'rate-limited':
      return params.seconds === undefined
        ? t('errorRateLimitedLater')
        : t('errorRateLimited', String(params.seconds));
    case 'unauthorized':
      return t('errorUnauthorized');
    case 'anonymous-disabled':
      return t('errorAnonymousDisabled');
    case 'forbidden':
      return params.detail === undefined
        ? t('errorForbiddenPlain')
        : t('errorForbidden', params.detail);
    case 'passphrase-rejected':
      return t('errorPassphraseRejected', params.detail ?? '');
    case 'rejected':
      return t('errorRejected', params.detail ?? '');
    case 'not-a-secret-server':
      return t('errorNotSecretServer', host);
    case 'invalid-response':
      return invalidResponseText(error);
    case 'permission-missing':
      return t('errorPermissionMissing', params.origin ?? host);
    case 'field-not-found':
      return t('errorFieldNotFound');
    case 'field-empty':
      return t('errorFieldEmpty');
    case 'field-read-only':
      return t('errorFieldReadOnly');
    case 'frame-access-needed':
      return t('errorFrameAccessNeeded', params.origin ?? '');
    case 'page-unavailable':
      return t('errorPageUnavailable');
    case 'passphrase-required':
      return t('errorPassphraseRequired');
    case 'lifetime-not-allowed':
      return t('errorLifetimeNotAllowed');
    case 'busy':
      return t('errorBusy');
    case 'interrupted':
      return t('errorInterrupted');
    case 'bad-request':
      return t('errorBadRequest');
    case 'unexpected':
      return t('errorUnexpected');
  }
}

function invalidResponseText({ params }: UserError): string {
  switch (params.reason) {
    case 'too-large':
      return t('errorResponseTooLarge');
    case 'missing-key':
    case 'bad-key':
      return t('errorBadKey');
    case 'bad-ttl':
      return t('errorBadTtl');
    case 'truncated':
      return t('errorTruncated');
    case 'passphrase-ignored':
      return t('errorPassphraseIgnored');
    case 'not-json':
    case undefined:
      return t('errorNotJson');
  }
  return t('errorNotJson');
}
