import { appStore, useAppStore } from '../state/store';
import { CopyLink } from './CopyLink';
import { ExportMenu } from './ExportMenu';
import { SearchBox } from './SearchBox';

/** The header: name, search, and the controls that act on the whole view. */
export function Toolbar() {
  const links = useAppStore((s) => s.layers.links);
  return (
    <header className="dl-header">
      <h1 className="dl-brand">Dateline</h1>
      <SearchBox />
      <div className="dl-actions">
        <label className="dl-toggle">
          <input
            type="checkbox"
            checked={links}
            onChange={(e) => {
              appStore.getState().setLinks(e.target.checked);
            }}
          />{' '}
          Links between places
        </label>
        <ExportMenu />
        <CopyLink />
      </div>
    </header>
  );
}
