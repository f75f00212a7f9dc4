// Answers of pure work kept by key, for the hot paths that ask about the same few values over and over (a date's
// day number, a statement's name, a table's insert shape, a search term's encoding). Keys can come from input, so
// the memory is bounded: once `limit` answers are kept, they are all dropped and kept again as they are asked for.

export class BoundedMemo<K, V> {
  private readonly kept = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The kept answer for `key`, or `compute()`'s, kept from now on (nothing is kept when it throws). */
  answer(key: K, compute: () => V): V {
    let value = this.kept.get(key);
    if (value === undefined && !this.kept.has(key)) {
      value = compute();
      if (this.kept.size >= this.limit) this.kept.clear();
      this.kept.set(key, value);
    }
    return value as V;
  }

  /** Drops every kept answer (what they were computed from has changed). */
  clear(): void {
    this.kept.clear();
  }
}
