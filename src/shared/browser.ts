// The one place that imports the WebExtension API. Chrome 156 and Firefox expose a native
// promise-based `browser`; the polyfill returns it unchanged there and fills the gap elsewhere.
import browser from 'webextension-polyfill';

export default browser;
