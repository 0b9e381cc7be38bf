import type { FillTarget } from './messages.ts';
import type { Destination, FillPlan } from './ticket-form.ts';
import { isRecord } from './is-record.ts';

const isToken = (value: unknown): value is string =>
  typeof value === 'string' && /^f\d{1,6}$/.test(value);

function isDestination(value: unknown): value is Destination {
  if (!isRecord(value)) return false;
  const { to, token } = value;
  return to === 'message' || to === 'nowhere' || (to === 'field' && isToken(token));
}

function isPlan(value: unknown): value is FillPlan {
  if (!isRecord(value)) return false;
  const { inspectionId, link, passphrase, message, takenFrom } = value;
  return (
    // Only the background takes a secret out of a page ("Share as one-time secret").
    takenFrom === undefined &&
    typeof inspectionId === 'string' &&
    /^[0-9a-f]{24}$/.test(inspectionId) &&
    isDestination(link) &&
    isDestination(passphrase) &&
    (message === undefined || isToken(message))
  );
}

/** Schema check of a fill request from an extension page (security case 7). */
export function isFillTarget(value: unknown): value is FillTarget {
  if (!isRecord(value)) return false;
  const { tabId, frameId, documentId, plan, labels, language } = value;
  return (
    Number.isInteger(tabId) &&
    // The popup fills the top frame; only the right-click reaches into another.
    frameId === undefined &&
    (documentId === undefined || (typeof documentId === 'string' && documentId.length < 100)) &&
    isPlan(plan) &&
    typeof language === 'string' &&
    language.length < 40 &&
    typeof labels === 'object' &&
    labels !== null &&
    Object.entries(labels).every(
      ([token, label]) => isToken(token) && typeof label === 'string' && label.length < 200,
    )
  );
}
