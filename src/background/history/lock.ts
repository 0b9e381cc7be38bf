let queue: Promise<unknown> = Promise.resolve();

/**
 * Receipts and reminders are read, changed and written back by several events (a share, an
 * alarm, the popup); one at a time, so that none overwrites another's change.
 */
export function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const turn = queue.then(work);
  queue = turn.catch(() => undefined);
  return turn;
}
