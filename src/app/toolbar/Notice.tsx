import { appStore, useAppStore } from '../state/store';

/** A polite, dismissible status line (a link that was not understood, a copied link). */
export function Notice() {
  const notice = useAppStore((s) => s.notice);
  return (
    <div className="dl-notice" role="status">
      {notice && (
        <p>
          {notice}{' '}
          <button
            type="button"
            className="dl-link-button"
            onClick={() => {
              appStore.getState().setNotice(null);
            }}
          >
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
