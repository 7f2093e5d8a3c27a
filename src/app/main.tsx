import 'leaflet/dist/leaflet.css';
import './styles.css';
import './panel/corrections.css';
import { startIndexFetch } from './data/file-fetcher';
import { nextTask } from './logic/next-task';

// The index is asked for before the app's code, most of the page's script, is loaded and run,
// so the two overlap: at 100,000 articles the index is 4 MB and the app waited for it (issue 7).
startIndexFetch(import.meta.env.BASE_URL);

/**
 * The app's biggest libraries are run one task each before the app itself: a module is run once,
 * so the app's own import of them later finds them ready. Run together with the app they were
 * one task of 250-400 ms before anything could show at 100,000 articles (issue 7).
 */
async function load(): Promise<void> {
  await import('react-dom/client');
  await nextTask();
  await import('leaflet');
  await nextTask();
  (await import('./boot')).boot();
}

load().catch(() => {
  const root = document.getElementById('root');
  if (root) root.textContent = 'Dateline could not be loaded. Reload the page to try again.';
});
