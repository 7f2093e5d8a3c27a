// In-page instruments for npm run bench:app: installed before the app's own scripts run, they
// time what a user sees (the first marker, a panel's first passages, a list, a keystroke's
// results) and collect long tasks and frame times. Plain browser code, passed to addInitScript.

declare global {
  interface Window {
    __bench: {
      firstMarker: number | null;
      longTasks: number[];
      /** performance.now() of the last key pressed, and of the last change to the search results. */
      keydown: number;
      resultsChanged: number;
      /** performance.now() two animation frames after the last key: its update was painted. */
      painted: number;
    };
  }
}

export function installProbes(): void {
  window.__bench = {
    firstMarker: null,
    longTasks: [],
    keydown: 0,
    resultsChanged: 0,
    painted: 0,
  };
  document.addEventListener(
    'keydown',
    () => {
      window.__bench.keydown = performance.now();
      // Counted from the page, not from the test's next call into it, whose round trip through
      // the browser's protocol would be timed too.
      requestAnimationFrame(() => {
        requestAnimationFrame(() => {
          window.__bench.painted = performance.now();
        });
      });
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((mutations) => {
    // A change inside the results, or the results list itself coming or going.
    const inList = (node: Node) =>
      (node instanceof Element ? node : node.parentElement)?.closest('[role=listbox]') != null ||
      (node instanceof Element && node.querySelector('[role=listbox]') !== null);
    const inResults = mutations.some(
      (m) =>
        inList(m.target) ||
        [...m.addedNodes].some(inList) ||
        [...m.removedNodes].some((n) => n instanceof Element && n.matches('[role=listbox]')),
    );
    if (inResults) window.__bench.resultsChanged = performance.now();
    if (window.__bench.firstMarker === null && document.querySelector('.dl-marker, .dl-cluster')) {
      window.__bench.firstMarker = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Clicks the first `click` element whose text starts with `text`, and resolves with the ms until
 * `selector` matches (checked on every DOM change).
 */
export function timeUntil(args: {
  selector: string;
  click: string;
  text: string;
}): Promise<number> {
  return new Promise((resolve) => {
    const start = performance.now();
    const done = () => document.querySelector(args.selector) !== null;
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    const target = [...document.querySelectorAll<HTMLElement>(args.click)].find((el) =>
      el.innerText.startsWith(args.text),
    );
    target?.click();
    if (done()) {
      observer.disconnect();
      resolve(0);
    }
  });
}

/** Frame intervals (ms) of requestAnimationFrame over `ms` milliseconds. */
export function frameTimes(ms: number): Promise<number[]> {
  return new Promise((resolve) => {
    const out: number[] = [];
    const end = performance.now() + ms;
    let last = performance.now();
    const tick = (now: number) => {
      out.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve(out);
    };
    requestAnimationFrame(tick);
  });
}
