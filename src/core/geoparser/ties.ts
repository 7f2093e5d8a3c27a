/**
 * Context is the sum of a reading's few strongest ties to the other names, not of all of them:
 * a US town should not win on fifty weak "same country" ties in a US story ("Nice, California"
 * against Nice), but containment and near neighbours ("Glendale" beside Los Angeles) count fully.
 */
const TIES_COUNTED = 3;

/** Keeps the TIES_COUNTED largest ties seen so far, without sorting every list. */
export class StrongestTies {
  private readonly top: number[] = [];

  add(tie: number): void {
    if (tie <= 0) return;
    if (this.top.length < TIES_COUNTED) {
      this.top.push(tie);
      return;
    }
    let min = 0;
    for (let i = 1; i < this.top.length; i++)
      if ((this.top[i] ?? 0) < (this.top[min] ?? 0)) min = i;
    if (tie > (this.top[min] ?? 0)) this.top[min] = tie;
  }

  sum(): number {
    return this.top.reduce((a, b) => a + b, 0);
  }
}
