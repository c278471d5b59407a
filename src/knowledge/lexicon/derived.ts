// What rules derive from a lexicon (patterns compiled from its lists, lookups remembered) is made once per
// lexicon and kept beside it, never in a module-wide table: a second lexicon gets its own, and a lexicon
// no longer used takes its derivations with it.

/** `derive(source)`, computed on first use for each source object and remembered while the source lives. */
export function derivedOnce<Source extends object, Derived>(derive: (source: Source) => Derived): (source: Source) => Derived {
  const known = new WeakMap<Source, Derived>();
  return (source) => {
    let derived = known.get(source);
    if (derived === undefined) known.set(source, (derived = derive(source)));
    return derived;
  };
}
