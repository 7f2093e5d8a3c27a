/**
 * A function that remembers its last call: the same arguments (by identity) give the same
 * result without recomputing. Every component asking for the shown places during one render
 * passes the same inputs, so they share one computation without a provider above them.
 */
export function memoLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last?.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) {
      return last.result;
    }
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
