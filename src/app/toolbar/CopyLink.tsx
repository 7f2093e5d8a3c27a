import { useEffect, useState } from 'react';
import { appStore } from '../state/store';
import { encodeUrlState } from '../logic/url-state';

/** Copies the address of exactly what is on screen, and says so. */
export function CopyLink() {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');

  useEffect(
    function resetConfirmation() {
      if (copied === 'idle') return;
      const timer = setTimeout(() => {
        setCopied('idle');
      }, 4000);
      return function cancelReset() {
        clearTimeout(timer);
      };
    },
    [copied],
  );

  const copy = async () => {
    // Built from the store, not location.href, so a pan still inside the URL throttle is included.
    const url = new URL(window.location.href);
    url.search = encodeUrlState(appStore.getState());
    try {
      await navigator.clipboard.writeText(url.toString());
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <span className="dl-copy">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="dl-copy__status">
        {copied === 'done' && 'Link copied'}
        {copied === 'failed' && 'Could not copy; copy the address bar instead'}
      </span>
    </span>
  );
}
