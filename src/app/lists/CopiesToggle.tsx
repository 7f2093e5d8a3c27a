import { useData } from '../data/data-context';
import { Toggle } from '../toolbar/Toggle';
import { appStore, useAppStore } from '../state/store';

/**
 * "Count every copy": by default a wire story reprinted by several outlets counts once on the
 * map; this counts each outlet's copy. Shown only when the collection has copies.
 */
export function CopiesToggle() {
  const { index } = useData();
  const everyCopy = useAppStore((s) => s.everyCopy);
  const copies = (index.data.duplicates?.exact ?? 0) + (index.data.duplicates?.near ?? 0);
  if (copies === 0) return null;
  return (
    <Toggle
      className="dl-copies-toggle"
      label={`Count every copy of a story (${copies} ${copies === 1 ? 'copy' : 'copies'} merged)`}
      checked={everyCopy}
      onChange={(checked) => {
        appStore.getState().setEveryCopy(checked);
      }}
    />
  );
}
