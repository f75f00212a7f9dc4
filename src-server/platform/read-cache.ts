// What one instance may remember of the database between requests, and for how long. Each app instance (each
// `createServices`) has its own, so two instances — or two test databases in one process — never share entries.
//   - `forever`: rows that never change once written (a published matter at its version, a division, a queue).
//   - `brief`: rows an admin can change (the current catalog version, the holiday calendar, a department's name):
//     kept for FRESH_MS, and dropped at once by a change made through this instance; another instance sees the
//     change within FRESH_MS, because every entry is read again from PostgreSQL after it.
// Concurrent reads of one key share one query; a failed read is not kept.

/** How long a brief entry is trusted: the most another instance lags behind an admin's change. */
export const FRESH_MS = 1_000;

interface Entry {
  value: Promise<unknown>;
  /** performance.now() after which the entry is read again (Infinity: never). */
  until: number;
  /** The read has answered (a value kept), as opposed to still running. */
  settled: boolean;
}

export class ReadCache {
  /** `now` is a monotonic time in ms: this measures how long an entry was kept, not the date the clock tells. */
  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly limit = 20_000,
    private readonly entries = new Map<string, Entry>(),
    /** False: the view of a transaction (see `withinTransaction`). */
    private readonly shares = true,
  ) {}

  /**
   * The same memory as seen from inside a transaction. It answers from entries already read, but a read it has to
   * make runs on the transaction's own connection and is neither shared nor kept. Otherwise a transaction could
   * wait for a read that waits for a pooled connection that transactions hold (with every connection taken, none
   * would move), and other requests would wait on a read that fails with the transaction.
   */
  withinTransaction(): ReadCache {
    return new ReadCache(this.now, this.limit, this.entries, false);
  }

  /** A row that never changes; `null` (not there yet) is not kept, so a later write is seen. */
  forever<T>(key: string, load: () => Promise<T | null>): Promise<T | null> {
    return this.read(key, Infinity, load, (value) => value !== null);
  }

  /** A value an admin can change: kept for FRESH_MS. */
  brief<T>(key: string, load: () => Promise<T>): Promise<T> {
    return this.read(key, FRESH_MS, load, () => true);
  }

  /** Drops the entries whose key starts with `prefix` (a change through this instance). */
  forget(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  private read<T>(key: string, ttlMs: number, load: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now && (this.shares || hit.settled)) return hit.value as Promise<T>;
    if (!this.shares) return load();
    const value = load();
    const entry: Entry = { value, until: now + ttlMs, settled: false };
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, entry);
    value.then(
      (v) => {
        entry.settled = true;
        if (!keep(v) && this.entries.get(key) === entry) this.entries.delete(key);
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return value;
  }
}
