import browser from '../shared/browser.ts';
import {
  type Envelope,
  type MessageName,
  type Outcome,
  toUserError,
  type Request,
  type Response,
} from '../shared/messages.ts';
import type { Runtime } from 'webextension-polyfill';

export interface Handler<Name extends MessageName> {
  /** Schema check: messages are data from another context, never trusted as typed. */
  accepts(request: unknown): request is Request<Name>;
  handle(request: Request<Name>): Promise<Response<Name>>;
}

export type Handlers = { [Name in MessageName]: Handler<Name> };

/**
 * Every message OnceLink understands is privileged (it creates secrets or reads results), so
 * only the extension's own pages are answered. Content scripts and, through them, web pages
 * or a compromised renderer get no answer at all (rule 6).
 */
export function listenForMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isExtensionPage(sender)) return undefined;
    const envelope = readEnvelope(message, handlers);
    if (!envelope) return undefined;
    return dispatch(handlers[envelope.name], envelope.request);
  });
}

async function dispatch<Name extends MessageName>(
  handler: Handler<Name>,
  request: unknown,
): Promise<Outcome<Response<Name>>> {
  if (!handler.accepts(request)) return { ok: false, error: { code: 'bad-request', params: {} } };
  try {
    return { ok: true, value: await handler.handle(request) };
  } catch (error) {
    return { ok: false, error: toUserError(error) };
  }
}

export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.url === undefined) return false;
  return new URL(sender.url).origin === new URL(browser.runtime.getURL('/')).origin;
}

function readEnvelope(message: unknown, handlers: Handlers): Envelope | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { name } = message as { name?: unknown };
  if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) return undefined;
  return message as Envelope;
}
