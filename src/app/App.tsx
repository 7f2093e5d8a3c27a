import { startTransition, useEffect, useState } from 'react';
import { EditingContext, type Editing } from './data/editing-context';
import { connectLocalApi } from './data/local-api';
import { addressData } from './data/address-data';
import { loadAll, type Loaded } from './data/load';
import { Dateline } from './Dateline';
import { appStore } from './state/store';
import { applyAddress } from './state/url-sync';

/** Loads the data, then hands over to the explorer; says plainly what went wrong if it cannot. */
export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);

  useEffect(function loadData() {
    let live = true;
    // A function, not the flag itself: the flag changes while the load is awaited.
    const wanted = () => live;
    // Left-out records in a file fetched later join whatever notice is showing.
    const report = (line: string) => {
      const { notice } = appStore.getState();
      appStore.getState().setNotice(notice ? `${notice} ${line}` : line);
    };
    void loadAll(import.meta.env.BASE_URL, report).then(async (result) => {
      if (!wanted()) return;
      if (result.ok) {
        // A linked article is fetched first, so its passage can be checked and its places fitted.
        const known = addressData(result.source);
        await known.prepare(window.location.search);
        if (!wanted()) return;
        // The store holds the linked view before the map mounts, since the map reads it only once.
        applyAddress(appStore, known);
      }
      // As a transition, React renders the explorer in slices of a few milliseconds instead of
      // one task (at 100,000 articles the first render of the map, lists and timeline was one).
      startTransition(() => {
        setLoaded(result);
      });
      // Corrections need the local API; on a static deploy there is none and nothing shows.
      const api = await connectLocalApi(import.meta.env.BASE_URL);
      if (!api || !wanted()) return;
      setEditing({
        search: (query) => api.search(query),
        places: (ids) => api.places(ids),
        async save(correction) {
          const reply = await api.save(correction);
          // The data was rebuilt with the correction: load it again, keeping the view.
          const fresh = await loadAll(import.meta.env.BASE_URL, report);
          if (wanted() && fresh.ok) setLoaded(fresh);
          return reply;
        },
      });
    });
    return function ignoreLateData() {
      live = false;
    };
  }, []);

  if (!loaded) {
    return (
      <main className="dl-message">
        <h1>Dateline</h1>
        <p role="status">Loading the news…</p>
      </main>
    );
  }
  if (!loaded.ok) {
    return (
      <main className="dl-message">
        <h1>Dateline</h1>
        <p role="alert">{loaded.message}</p>
      </main>
    );
  }
  return (
    <EditingContext value={editing}>
      <Dateline source={loaded.source} basemap={loaded.basemap} loadNotice={loaded.notice} />
    </EditingContext>
  );
}
