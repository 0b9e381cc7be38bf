import { createShare } from './create-share.ts';
import { inspectTab } from './inspect-tab.ts';
import { testConnection } from './test-connection.ts';
import { listenForMessages } from './message-router.ts';

// Wiring only: listeners must be registered synchronously on every worker start.
listenForMessages({ inspectTab, createShare, testConnection });
