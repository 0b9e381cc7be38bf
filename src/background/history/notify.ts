import browser from '../../shared/browser.ts';

/** A browser notification with OnceLink's icon; its id lets a later one replace it. */
export async function notify(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
}
