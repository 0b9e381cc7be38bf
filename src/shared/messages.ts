import { BackendError } from './backends/backend-error.ts';
import type { ConnectionReport } from './backends/secret-backend.ts';
import browser from './browser.ts';
import type { Lifetime } from './lifetime/choices.ts';
import type { ReminderDelay } from './history/reminders.ts';
import type { ReceiptView } from './history/receipts.ts';
import type { MenuRequest } from './menu-request.ts';
import type { FillFailure, FillPlan, FormReport } from './ticket-form.ts';
import type { UserError } from './user-error.ts';

/**
 * The one message protocol between extension pages and the background: each message name
 * with its request and response. Everything here is privileged and is accepted only from
 * the extension's own pages (src/background/message-router.ts).
 */
export interface Protocol {
  /** Reads the active tab (the popup's activeTab grant) and finds its support form. */
  inspectTab: { request: { tabId: number }; response: TabInspection };
  createShare: { request: ShareRequest; response: ShareResult };
  /** The options page's "Test connection" for the backend in use. */
  testConnection: { request: Record<string, never>; response: ConnectionReport };
  /** "Share as one-time secret": the popup the right-click opened asks for the share. */
  shareFromPage: { request: PageShareRequest; response: ShareResult };
  /** The popup's "Shared" list, each secret's state asked of the backend first. */
  listReceipts: { request: Record<string, never>; response: ReceiptView[] };
  /** "Burn now", with the secret's passphrase when it has one. */
  burnReceipt: { request: { id: string; passphrase: string }; response: ReceiptView[] };
  /** "Clear all": every receipt and reminder. */
  clearHistory: { request: Record<string, never>; response: null };
}

export interface PageShareRequest {
  /** The right-click the popup was opened for. */
  clicked: MenuRequest;
  /** Empty means no passphrase. */
  passphrase: string;
  ttlSeconds: Lifetime;
  /** The user just let OnceLink read the clicked frame's origin for this share only. */
  frameAccessGranted?: boolean | undefined;
}

export type TabInspection =
  | { status: 'read'; tabId: number; documentId?: string | undefined; report: FormReport }
  /** The browser gives no access to this page (its own pages, the web store, PDFs). */
  | { status: 'unavailable' };

/** Where to fill the link and passphrase once the secret exists. */
export interface FillTarget {
  tabId: number;
  /** Set only by the right-click in a frame from another site: the field is emptied there. */
  frameId?: number | undefined;
  documentId?: string | undefined;
  plan: FillPlan;
  /** The labels of the fields the plan writes to, for telling the user where things went. */
  labels: Record<string, string>;
  /** The page's language (its lang attribute): a message is written in it when OnceLink can. */
  language: string;
}

export type FillResult =
  | {
      status: 'filled';
      into: string[];
      /** The field the secret was taken from, now without it. */
      takenFrom?: { label: string; kind: 'password' | 'selection' } | undefined;
    }
  | { status: 'not-filled'; reason: FillFailure };

export interface ShareRequest {
  secret: string;
  /** Empty means no passphrase. */
  passphrase: string;
  ttlSeconds: Lifetime;
  fill?: FillTarget | undefined;
  /** The tab the popup was opened for: the site a receipt names. */
  fromTab?: number | undefined;
  /** The popup is in a private window: nothing is recorded. */
  privateWindow?: boolean | undefined;
  /** A temporary account was made for support: remind the user to remove it. */
  remindAfter?: ReminderDelay | undefined;
}

/** What the user gets back; the secret itself is not part of it. */
export interface ShareResult {
  link: string;
  passphrase: string;
  expiresAt: number;
  createdAt: number;
  /** What happened to the page, when a fill was asked for. */
  fill?: FillResult | undefined;
  /** The receipt kept for it (none in a private window, or from a backend without one). */
  receiptId?: string | undefined;
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

/**
 * Any failure as the user may be told of it. A backend's error carries only what its sentence
 * needs (hosts, sizes, statuses); nothing from an unexpected error is passed on, since its text
 * could quote anything.
 */
export function toUserError(error: unknown): UserError {
  if (error instanceof MessageError) return error.error;
  if (error instanceof BackendError) return { code: error.code, params: error.params };
  return { code: 'unexpected', params: {} };
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
