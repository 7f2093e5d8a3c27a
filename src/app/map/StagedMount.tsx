import { Fragment, useEffect, type ReactNode } from 'react';
import { useStages } from '../use-stages';

/**
 * Mounts its stages one after another, each as a transition once the previous one has been
 * committed and its effects have run. react-leaflet renders a map's children only after the map
 * exists, in a synchronous update inside the commit that created it; at 100,000 articles that
 * update (fitting the view, clustering and drawing the markers, projecting the basemap) was one
 * task of 0.5-1 s before the first marker showed (issue 7). Staged, each part is its own task,
 * and a transition's render yields to input between components. `onDone` is told once every
 * stage is in the page.
 */
export function StagedMount({
  stages,
  onDone,
}: {
  stages: readonly ReactNode[];
  onDone?: () => void;
}) {
  const mounted = useStages(stages.length, true);
  const done = mounted >= stages.length;
  useEffect(
    function reportDone() {
      if (done) onDone?.();
    },
    [done, onDone],
  );
  return stages.slice(0, mounted).map((stage, i) => <Fragment key={i}>{stage}</Fragment>);
}
