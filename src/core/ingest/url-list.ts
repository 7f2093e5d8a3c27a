/**
 * The links in a list file: one http(s) URL a line; blank lines and "#" comments allowed. A file
 * with any other line is not a URL list (so a .txt article that quotes a link stays an article).
 */
export function urlList(text: string): { url: string; line: number }[] {
  const entries: { url: string; line: number }[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^https?:\/\/\S+$/i.test(line) || !URL.canParse(line)) return [];
    entries.push({ url: line, line: index + 1 });
  }
  return entries;
}
