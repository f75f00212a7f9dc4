// Wakes this process's outbox workers right after a commit that owed a message, so a message leaves within
// milliseconds rather than at the next poll. Only a hint: a worker that misses it (another instance) polls.
import { EventEmitter } from 'node:events';

const signal = new EventEmitter();
signal.setMaxListeners(0);

/** Call after the transaction that wrote outbox rows has committed. */
export const outboxWritten = () => void signal.emit('written');

export function onOutboxWritten(listener: () => void): () => void {
  signal.on('written', listener);
  return () => void signal.off('written', listener);
}
