import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `count` stages to show: none until `start`, then one more after each commit, as a
 * transition. Each stage is rendered and committed in tasks of its own, after the previous
 * stage's effects have run, so parts of the page that are not needed at once do not lengthen the
 * task that shows the first view (issue 7).
 */
export function useStages(count: number, start: boolean): number {
  const [mounted, setMounted] = useState(0);
  useEffect(
    function mountNextStage() {
      if (!start || mounted >= count) return;
      startTransition(() => {
        setMounted(mounted + 1);
      });
    },
    [mounted, count, start],
  );
  return mounted;
}
