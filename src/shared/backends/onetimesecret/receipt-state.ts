import type { ReceiptState } from '../secret-backend.ts';
import { asBoolean } from './coerce.ts';

/**
 * Receipt state names as servers send them: the v1 vocabulary (apps/api/v1, frozen), the
 * internal names v0.24 introduced (lib/onetime/models/receipt/features/safe_dump_fields.rb,
 * "STATE TERMINOLOGY MIGRATION REFERENCE"), which v2 passes through, and "orphaned": a receipt
 * whose secret vanished without being revealed or burned, which for the sender is an expiry.
 */
const stateNames = new Map<string, ReceiptState>([
  ['new', 'new'],
  ['shared', 'new'],
  ['viewed', 'viewed'],
  ['previewed', 'viewed'],
  ['received', 'received'],
  ['revealed', 'received'],
  ['burned', 'burned'],
  ['expired', 'expired'],
  ['orphaned', 'expired'],
]);

/** OnceLink's name for a server's state name; undefined when missing or unknown. */
export function stateFromName(name: unknown): ReceiptState | undefined {
  return typeof name === 'string' ? stateNames.get(name.trim().toLowerCase()) : undefined;
}

/**
 * The state a receipt's `is_*` flags describe (v2, booleans possibly as strings), the final
 * ones first; undefined when the receipt carries none of them.
 */
export function stateFromFlags(receipt: Record<string, unknown>): ReceiptState | undefined {
  const flag = (...names: string[]) => names.map((name) => asBoolean(receipt[name]));
  const checks: [ReceiptState, (boolean | undefined)[]][] = [
    ['burned', flag('is_burned')],
    ['received', flag('is_received', 'is_revealed')],
    ['expired', flag('is_expired', 'is_orphaned')],
    ['viewed', flag('is_viewed', 'is_previewed')],
  ];
  const set = checks.find(([, values]) => values.includes(true));
  if (set) return set[0];
  const known = checks.some(([, values]) => values.includes(false));
  return known ? 'new' : undefined;
}

/**
 * A v2 receipt's state: its `state` name, else its flags. Since v0.24 (#3633) opening the secret
 * page no longer advances `state`, which stays "shared"; only `is_viewed` (from the receipt's
 * access timeline) tells that the page was opened, so it turns a "new" into "viewed".
 */
export function stateOfV2Receipt(receipt: Record<string, unknown>): ReceiptState | undefined {
  const named = stateFromName(receipt['state']);
  const flags = stateFromFlags(receipt);
  if (named === undefined) return flags;
  return named === 'new' && flags === 'viewed' ? 'viewed' : named;
}
