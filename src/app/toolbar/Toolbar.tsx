import { MAP_LAYERS, type MapLayer } from '../map/layers';
import { appStore, useAppStore } from '../state/store';
import { ReviewToggle } from '../panel/ReviewQueue';
import { CopyLink } from './CopyLink';
import { ExportMenu } from './ExportMenu';
import { SearchBox } from './SearchBox';
import { SkipLinks } from './SkipLinks';
import { Toggle } from './Toggle';

/** A map layer's checkbox, and its settings while it is on (the layer table, map/layers.tsx). */
function LayerToggle({ row }: { row: MapLayer<unknown> }) {
  const on = useAppStore((s) => s.layers[row.id]);
  const { Controls } = row;
  return (
    <>
      <Toggle
        label={row.label}
        checked={on}
        onChange={(checked) => {
          appStore.getState().setLayer(row.id, checked);
        }}
      />
      {on && Controls && <Controls />}
    </>
  );
}

/** The header: name, search, and the controls that act on the whole view. */
export function Toolbar() {
  const hideDoubtful = useAppStore((s) => s.hideDoubtful);
  return (
    <header className="dl-header">
      <SkipLinks />
      <h1 className="dl-brand">Dateline</h1>
      <SearchBox />
      <div className="dl-actions">
        {MAP_LAYERS.map((row) => (
          <LayerToggle key={row.id} row={row} />
        ))}
        <Toggle
          label="Hide doubtful places"
          checked={hideDoubtful}
          onChange={(checked) => {
            appStore.getState().setHideDoubtful(checked);
          }}
        />
        <ReviewToggle />
        <ExportMenu />
        <CopyLink />
      </div>
    </header>
  );
}
