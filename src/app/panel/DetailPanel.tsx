import { useEffect, useRef } from 'react';
import { appStore, useAppStore } from '../state/store';
import { ArticleReader } from './ArticleReader';
import { PlacePanel } from './PlacePanel';

/**
 * The side panel (a bottom sheet on phones). A deliberate selection moves focus to its heading;
 * closing it hands focus back to whatever opened it.
 */
export function DetailPanel() {
  const panel = useAppStore((s) => s.panel);
  const focusRequest = useAppStore((s) => s.focusRequest);
  const asideRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  useEffect(
    function takeFocus() {
      // A link opened cold does not steal focus; only a selection made here does.
      if (focusRequest === 0) return;
      const active = document.activeElement;
      if (
        active instanceof HTMLElement &&
        !asideRef.current?.contains(active) &&
        active !== document.body
      ) {
        openerRef.current = active;
      }
      headingRef.current?.focus({ preventScroll: true });
    },
    [focusRequest],
  );

  const close = () => {
    const opener = openerRef.current;
    appStore.getState().closePanel();
    // After React has removed or swapped the panel, return focus where the user came from.
    setTimeout(() => {
      if (opener?.isConnected) opener.focus();
      else document.getElementById('dl-search')?.focus();
    }, 0);
  };

  return (
    <aside
      ref={asideRef}
      className="dl-panel"
      data-scroller
      aria-labelledby="dl-panel-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button type="button" className="dl-panel__close" onClick={close} aria-label="Close panel">
        ×
      </button>
      {panel === 'place' ? (
        <PlacePanel headingRef={headingRef} />
      ) : (
        <ArticleReader headingRef={headingRef} />
      )}
    </aside>
  );
}
