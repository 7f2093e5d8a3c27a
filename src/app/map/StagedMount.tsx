import { Fragment, startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Mounts its stages one after another, each as a transition once the previous one has been
 * committed and its effects have run. react-leaflet renders a map's children only after the map
 * exists, in a synchronous update inside the commit that created it; at 100,000 articles that
 * update (fitting the view, clustering and drawing the markers, projecting the basemap) was one
 * task of 0.5-1 s before the first marker showed (issue 7). Staged, each part is its own task,
 * and a transition's render yields to input between components.
 */
export function StagedMount({ stages }: { stages: readonly ReactNode[] }) {
  const [mounted, setMounted] = useState(0);
  useEffect(
    function mountNextStage() {
      if (mounted >= stages.length) return;
      startTransition(() => {
        setMounted(mounted + 1);
      });
    },
    [mounted, stages.length],
  );
  return stages.slice(0, mounted).map((stage, i) => <Fragment key={i}>{stage}</Fragment>);
}
