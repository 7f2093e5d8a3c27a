import { urlList } from '../../../core/ingest/url-list';
import type { RecordOutcome } from '../../../core/ingest/records';
import type { FormatReader } from './reader';

/**
 * A list of links, one a line (.urls, or a .txt holding nothing but URLs). Pages load a few at a
 * time and come out in list order; each failure is one line and the list goes on.
 */
export const urlListReader: FormatReader = {
  name: 'list of links',
  extensions: ['.urls', '.txt'],
  claims: (text, extension) => extension === '.urls' || urlList(text).length > 0,
  multi: true,
  async *read(text, context) {
    const entries = urlList(text);
    if (entries.length === 0) {
      yield { ok: false, reason: 'it holds no http or https links' };
      return;
    }
    const { fetchPage } = context;
    const load = async ({ url, line }: { url: string; line: number }): Promise<RecordOutcome> => {
      const where = `line ${line} (${url})`;
      if (!fetchPage) return { ok: false, where, reason: 'fetching web pages is turned off' };
      const outcome = await fetchPage(url);
      return outcome.ok ? { ...outcome, key: { url } } : { ...outcome, where };
    };
    const pending: Promise<RecordOutcome>[] = [];
    let next = 0;
    const fill = () => {
      while (next < entries.length && pending.length < context.concurrency) {
        const entry = entries[next++];
        if (entry) pending.push(load(entry));
      }
    };
    fill();
    while (pending.length > 0) {
      const outcome = await pending.shift();
      fill();
      if (outcome) yield outcome;
    }
  },
};
