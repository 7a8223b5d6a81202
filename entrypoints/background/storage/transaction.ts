/**
 * Runs a batch of writes in one transaction, all or nothing. Requests are queued without awaiting
 * each (one round trip for the batch). A request that throws at once (a value that cannot be
 * cloned) does not abort the transaction by itself: without the abort here, the writes queued
 * before it would commit.
 */
interface WriteTransaction {
  abort: () => void;
  done: Promise<void>;
}

export async function allOrNothing(tx: WriteTransaction, queue: (add: (write: Promise<unknown>) => void) => void): Promise<void> {
  const writes: Promise<unknown>[] = [];
  try {
    queue((write) => writes.push(write));
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    for (const write of writes) write.catch(() => undefined);
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request itself.
    }
    throw error;
  }
}
