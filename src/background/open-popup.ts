import browser from '../shared/browser.ts';

const popupPage = 'src/popup/index.html';

/**
 * Shows the popup without a click on the toolbar button: action.openPopup where the browser
 * allows it (Chrome 127+; Firefox inside the handler of a user action), else the same page
 * in a small window of its own.
 */
export async function openPopup(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    await browser.windows.create({
      url: browser.runtime.getURL(popupPage),
      type: 'popup',
      width: 400,
      height: 640,
    });
  }
}
