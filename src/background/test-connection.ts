import type { ConnectionReport } from '../shared/backends/secret-backend.ts';
import { hasHostPermission } from '../shared/host-permission.ts';
import { MessageError } from '../shared/messages.ts';
import { readEffectiveSettings } from '../shared/settings.ts';
import type { Handler } from './message-router.ts';
import { openBackend } from './open-backend.ts';

/** Tests the backend in use, with its saved credentials; it creates and burns a test secret. */
export const testConnection: Handler<'testConnection'> = {
  accepts: (request): request is Record<string, never> =>
    typeof request === 'object' && request !== null && Object.keys(request).length === 0,

  async handle(): Promise<ConnectionReport> {
    const { settings } = await readEffectiveSettings();
    if (!(await hasHostPermission(settings.backendOrigin))) {
      throw new MessageError({
        code: 'permission-missing',
        params: { origin: settings.backendOrigin },
      });
    }
    return (await openBackend(settings.backendOrigin)).checkConnection();
  },
};
