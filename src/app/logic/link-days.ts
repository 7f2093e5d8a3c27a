import type { DataIndexFile, LinkDaysFile } from '../../shared/schema';

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

/**
 * The index with its links' day series set from the `linkDays` shard, matched by the links' ends
 * (not by position: the validator may have left a malformed link out). A link the shard lacks
 * keeps no series, and so counts nothing under a date window.
 */
export function withLinkDays(data: DataIndexFile, file: LinkDaysFile): DataIndexFile {
  const byPair = new Map(file.map((row) => [pairKey(row.a, row.b), row]));
  const links = data.links.map((link) => {
    const row = byPair.get(pairKey(link.a, link.b));
    if (!row) return link;
    const copies = link.copies && row.copies ? { ...link.copies, days: row.copies } : link.copies;
    return { ...link, days: row.days, ...(copies ? { copies } : {}) };
  });
  return { ...data, links };
}
