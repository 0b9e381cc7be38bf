// Bundled by scripts/explain-detection.ts into a page: what the injected code reads there.
import { readPage } from '../../src/content/read-page.ts';

(globalThis as Record<string, unknown>)['__readPage'] = () => readPage(document);
