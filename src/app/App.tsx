import { useEffect, useState } from 'react';
import { loadAll, type Loaded } from './data/load';
import { Dateline } from './Dateline';
import { appStore } from './state/store';
import { applyAddress } from './state/url-sync';

/** Loads the data, then hands over to the explorer; says plainly what went wrong if it cannot. */
export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(function loadData() {
    let current = true;
    void loadAll(import.meta.env.BASE_URL).then((result) => {
      if (!current) return;
      // The store holds the linked view before the map mounts, since the map reads it only once.
      if (result.ok) applyAddress(appStore, result.index);
      setLoaded(result);
    });
    return function ignoreLateData() {
      current = false;
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
  return <Dateline index={loaded.index} basemap={loaded.basemap} loadNotice={loaded.notice} />;
}
