import browser from './browser.ts';
import type { Lifetime } from './lifetime.ts';
import type { UserError } from './user-error.ts';

/**
 * The one message protocol between extension pages and the background: each message name
 * with its request and response. Everything here is privileged and is accepted only from
 * the extension's own pages (src/background/message-router.ts).
 */
export interface Protocol {
  createShare: { request: ShareRequest; response: ShareResult };
}

export interface ShareRequest {
  secret: string;
  /** Empty means no passphrase. */
  passphrase: string;
  ttlSeconds: Lifetime;
}

/** What the user gets back; the secret itself is not part of it. */
export interface ShareResult {
  link: string;
  passphrase: string;
  expiresAt: number;
  createdAt: number;
}

export type MessageName = keyof Protocol;
export type Request<Name extends MessageName> = Protocol[Name]['request'];
export type Response<Name extends MessageName> = Protocol[Name]['response'];

export interface Envelope<Name extends MessageName = MessageName> {
  name: Name;
  request: Request<Name>;
}

export type Outcome<Value> = { ok: true; value: Value } | { ok: false; error: UserError };

export class MessageError extends Error {
  override readonly name = 'MessageError';

  constructor(readonly error: UserError) {
    super(error.code);
  }
}

/** Sends a message to the background; resolves with its answer or throws a MessageError. */
export async function send<Name extends MessageName>(
  name: Name,
  request: Request<Name>,
): Promise<Response<Name>> {
  const envelope: Envelope<Name> = { name, request };
  const outcome = await browser.runtime.sendMessage<
    Envelope<Name>,
    Outcome<Response<Name>> | undefined
  >(envelope);
  if (!outcome) throw new MessageError({ code: 'unexpected', params: {} });
  if (!outcome.ok) throw new MessageError(outcome.error);
  return outcome.value;
}
