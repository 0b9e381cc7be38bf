import { detectTicketForm } from '../shared/detection/detect-ticket-form.ts';
import type { TabInspection } from '../shared/messages.ts';
import type { Handler } from './message-router.ts';
import { readTab } from './page-access.ts';

export const inspectTab: Handler<'inspectTab'> = {
  accepts: (request): request is { tabId: number } =>
    typeof request === 'object' &&
    request !== null &&
    Number.isInteger((request as { tabId?: unknown }).tabId),

  async handle({ tabId }): Promise<TabInspection> {
    const read = await readTab(tabId);
    if (!read) return { status: 'unavailable' };
    return {
      status: 'read',
      tabId,
      documentId: read.documentId,
      report: detectTicketForm(read.facts),
    };
  },
};
