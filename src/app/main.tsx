import 'leaflet/dist/leaflet.css';
import './styles.css';
import './panel/corrections.css';
import { startIndexFetch } from './data/file-fetcher';

// The index is asked for before the app's code, most of the page's script, is loaded and run,
// so the two overlap: at 100,000 articles the index is 4 MB and the app waited for it (issue 7).
startIndexFetch(import.meta.env.BASE_URL);
import('./boot')
  .then(({ boot }) => {
    boot();
  })
  .catch(() => {
    const root = document.getElementById('root');
    if (root) root.textContent = 'Dateline could not be loaded. Reload the page to try again.';
  });
