// What several passes over one article work out once per block (its sentences, their tokens, its lower-case
// words) is remembered for the most recent blocks only. A WeakMap kept it while the block lived, and the garbage
// collector paid for that: tokenising the BBC corpus through a WeakMap took twice as long as tokenising it afresh
// (about 600 against 310 ms a pass), and more when the memory held more blocks. A small Map, emptied when full,
// keeps an article's blocks while its passes run and lets them go soon after.

/** How many objects a RecentMemo holds before it starts afresh: far more blocks than any one article has. */
const RECENT_OBJECTS = 256;

/** A memo of values per object, emptied whenever it holds `limit` of them. */
export class RecentMemo<Key extends object, Value> {
  private readonly values = new Map<Key, Value>();
  private readonly limit: number;

  constructor(limit = RECENT_OBJECTS) {
    this.limit = limit;
  }

  get(key: Key): Value | undefined {
    return this.values.get(key);
  }

  set(key: Key, value: Value): void {
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(key, value);
  }
}
