import { otsMaxSecretBytes } from '../shared/backends/onetimesecret/ots-limits.ts';
import browser from '../shared/browser.ts';
import { detectTicketForm } from '../shared/detection/detect-ticket-form.ts';
import { fieldText } from '../shared/detection/text.ts';
import type { PageFacts } from '../shared/detection/page-facts.ts';
import { labelsByToken, planFill } from '../shared/fill-plan.ts';
import { hasHostPermission, originPattern } from '../shared/host-permission.ts';
import { isMenuRequest, type MenuRequest } from '../shared/menu-request.ts';
import { MessageError, type FillTarget, type PageShareRequest } from '../shared/messages.ts';
import { checkSecret } from '../shared/secret-size.ts';
import { readEffectiveSettings, type Settings } from '../shared/settings.ts';
import type { FillPlan, TakenSecret } from '../shared/ticket-form.ts';
import type { UserErrorCode } from '../shared/user-error.ts';
import { fillAfterShare } from './fill-after-share.ts';
import type { Handler } from './message-router.ts';
import { readTab, takeFromTab } from './page-access.ts';
import { isShareOptions, shareSecret } from './share-core.ts';
import { isRecord } from '../shared/is-record.ts';

type Found = Extract<TakenSecret, { status: 'found' }>;

const fail = (code: UserErrorCode, params = {}): never => {
  throw new MessageError({ code, params });
};

const takenProblem: Record<Exclude<TakenSecret['status'], 'found'>, UserErrorCode> = {
  'no-field': 'field-not-found',
  empty: 'field-empty',
  'read-only': 'field-read-only',
};

/** A frame from another site than the page: the popup's activeTab grant does not reach it. */
function isForeignFrame(request: MenuRequest): boolean {
  return (
    request.frameId !== 0 && new URL(request.frameUrl).origin !== new URL(request.pageUrl).origin
  );
}

/**
 * Where the link goes: the clicked field's own form, where the popup would put it. Never into
 * a frame from another site, and nowhere on pages the popup would not fill either.
 */
function planAround(
  facts: PageFacts | undefined,
  taken: Found,
  settings: Settings,
): { plan: FillPlan; labels: Record<string, string>; language: string } {
  const nowhere = { to: 'nowhere' } as const;
  const report =
    facts &&
    detectTicketForm(facts, {
      formOf: taken.token,
      ...(taken.kind === 'password' ? { without: taken.token } : {}),
    });
  const plan = report && !report.insecure ? planFill(report) : undefined;
  return {
    plan: {
      ...(plan ?? { inspectionId: taken.inspectionId, link: nowhere, passphrase: nowhere }),
      ...(plan && settings.passphraseTo === 'separately' ? { passphrase: nowhere } : {}),
      takenFrom: taken.token,
    },
    labels: report ? labelsByToken(report) : {},
    language: facts?.language ?? '',
  };
}

/** Reads the clicked field where the click happened; the frame's own document when foreign. */
async function locate(request: MenuRequest, foreign: boolean) {
  const frameId = foreign ? request.frameId : 0;
  const read = await readTab(request.tabId, frameId);
  if (!read) return fail('page-unavailable');
  const page = { tabId: request.tabId, documentId: read.documentId, frameId };
  const taken = await takeFromTab(page, {
    frameUrl: request.frameUrl,
    targetElementId: request.targetElementId,
  });
  if (!taken) return fail('page-unavailable');
  if (taken.status !== 'found') return fail(takenProblem[taken.status]);
  const field = read.facts.fields.find(({ token }) => token === taken.token);
  return {
    page,
    taken,
    label: field ? fieldText(field).label : '',
    // The link never goes into a frame from another site.
    facts: foreign ? undefined : read.facts,
  };
}

/**
 * "Share as one-time secret", once the popup the right-click opened has made a passphrase:
 * the clicked field's value becomes a secret, then leaves the field as the link goes in.
 */
export const shareFromPage: Handler<'shareFromPage'> = {
  accepts: (request): request is PageShareRequest => {
    if (!isRecord(request)) return false;
    const { clicked, passphrase, ttlSeconds, frameAccessGranted } = request;
    return (
      isMenuRequest(clicked) &&
      isShareOptions({ passphrase, ttlSeconds }) &&
      (frameAccessGranted === undefined || typeof frameAccessGranted === 'boolean')
    );
  },

  async handle({ clicked: request, passphrase, ttlSeconds, frameAccessGranted }) {
    const foreign = isForeignFrame(request);
    const frameOrigin = new URL(request.frameUrl).origin;
    if (foreign && !(await hasHostPermission(frameOrigin)))
      fail('frame-access-needed', { origin: frameOrigin });
    try {
      const { page, taken, label, facts } = await locate(request, foreign);
      const problem = checkSecret(taken.value, otsMaxSecretBytes);
      if (problem) {
        const { code, ...params } = problem;
        fail(code, params);
      }
      const { settings } = await readEffectiveSettings();
      const target: FillTarget = {
        tabId: page.tabId,
        documentId: page.documentId,
        frameId: page.frameId,
        ...planAround(facts, taken, settings),
      };
      return await shareSecret(taken.value, {
        passphrase,
        ttlSeconds,
        context: { tabId: request.tabId },
        fill: (created) => fillAfterShare(target, created, { label, kind: taken.kind }),
      });
    } finally {
      // Access to a foreign frame was for this one share.
      if (foreign && frameAccessGranted)
        await browser.permissions
          .remove({ origins: [originPattern(frameOrigin)] })
          .catch(() => false);
    }
  },
};
