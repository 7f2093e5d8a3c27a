import { appStore, useAppStore } from '../state/store';
import { ReviewToggle } from '../panel/ReviewQueue';
import { CopyLink } from './CopyLink';
import { ExportMenu } from './ExportMenu';
import { SearchBox } from './SearchBox';
import { SkipLinks } from './SkipLinks';

/** How many link lines the map may draw: the strongest first, so a busy view stays readable. */
const LINK_LIMITS = [10, 25, 50, 100, 500];

/** The header: name, search, and the controls that act on the whole view. */
export function Toolbar() {
  const links = useAppStore((s) => s.layers.links);
  const linkLimit = useAppStore((s) => s.linkLimit);
  const hideDoubtful = useAppStore((s) => s.hideDoubtful);
  return (
    <header className="dl-header">
      <SkipLinks />
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
        {links && (
          <label className="dl-toggle">
            Strongest{' '}
            <select
              aria-label="How many of the strongest links to draw"
              value={linkLimit}
              onChange={(e) => {
                appStore.getState().setLinkLimit(Number(e.target.value));
              }}
            >
              {LINK_LIMITS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="dl-toggle">
          <input
            type="checkbox"
            checked={hideDoubtful}
            onChange={(e) => {
              appStore.getState().setHideDoubtful(e.target.checked);
            }}
          />{' '}
          Hide doubtful places
        </label>
        <ReviewToggle />
        <ExportMenu />
        <CopyLink />
      </div>
    </header>
  );
}
