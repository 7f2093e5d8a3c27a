import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCollection, type ReadItem } from './read-collection';

async function readAll(folder: string, options = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readCollection(folder, { fetch: false, ...options })) items.push(item);
  return items;
}

/** Enough records that the file spans many read chunks (64 KB each). */
const RECORDS = 2000;
const body = (i: number) => `Leaders met in São Paulo and Kraków, report ${i}. Talks went on.`;

describe('exports read record by record', () => {
  it('reads a JSON Lines export larger than the whole-file limit, every record intact', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'stream-seeds-'));
    const lines = Array.from({ length: RECORDS }, (_, i) =>
      JSON.stringify({ id: `r${i}`, title: `Report ${i}`, text: body(i) }),
    );
    writeFileSync(join(seeds, 'export.jsonl'), `${lines.join('\n')}\n`);

    // A file this size would be refused if it were read whole; a stream never holds it.
    const items = await readAll(seeds, { maxFileBytes: 64 * 1024 });

    expect(items.filter((item) => !item.ok)).toEqual([]);
    expect(items).toHaveLength(RECORDS);
    const last = items.at(-1);
    expect(last?.ok && last.source.text).toContain(body(RECORDS - 1));
    // Multi-byte characters split across read chunks come out whole.
    expect(
      items.every((item) => item.ok && item.source.text.includes('São Paulo and Kraków')),
    ).toBe(true);
  });

  it('streams a Windows-1252 CSV with quoted newlines, and a broken row costs only itself', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'stream-seeds-'));
    const rows = Array.from({ length: RECORDS }, (_, i) =>
      i === 700
        ? `"r${i}","Report ${i}","one field too many","x"`
        : `"r${i}","Report ${i}","${body(i).replace('Kraków', 'Krakow')}\n\nMore from Sao Paulo."`,
    );
    writeFileSync(
      join(seeds, 'archive.csv'),
      iconv.encode(`id,title,text\n${rows.join('\n')}\n`, 'windows-1252'),
    );

    const items = await readAll(seeds, { maxFileBytes: 64 * 1024 });

    const skipped = items.flatMap((item) => (item.ok ? [] : [item.reason]));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(/^line \d+: a broken row/);
    const read = items.flatMap((item) => (item.ok ? [item] : []));
    expect(read).toHaveLength(RECORDS - 1);
    expect(read[0]?.notices).toContain('read as windows-1252 (it is not UTF-8)');
    expect(read[0]?.source.text).toContain('São Paulo');
    expect(read[0]?.source.text).toContain('\n\nMore from Sao Paulo.');
  });
});
