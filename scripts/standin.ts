// `npm run standin -- [--port 7143] [--fault <name>]`: the One-Time Secret stand-in on its own,
// for trying the extension by hand (point a build at it) or poking the API with curl.
import { parseArgs } from 'node:util';
import { startStandIn, type Fault } from '../tests/support/ots-standin/server.ts';

const faults: Fault[] = [
  'none',
  'server-error',
  'rate-limit',
  'slow',
  'malformed-json',
  'captive-portal',
  'huge-response',
  'redirect',
  'v1-missing',
];
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '7143' },
    fault: { type: 'string', default: 'none' },
  },
});
const fault = faults.find((name) => name === values.fault);
if (!fault) {
  console.error(`Unknown fault "${values.fault}". One of: ${faults.join(', ')}`);
  process.exit(1);
}
const standIn = await startStandIn({ port: Number(values.port) });
standIn.setFault(fault, { slowMs: 30_000 });
console.log(`One-Time Secret stand-in on ${standIn.origin} (fault: ${fault}). Ctrl+C stops it.`);
process.on('SIGINT', () => void standIn.close().then(() => process.exit(0)));
