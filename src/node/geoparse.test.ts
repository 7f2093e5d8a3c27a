import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { geoparseStream } from './geoparse';
import { testGazetteer } from './test/gazetteer';

const gazetteer = testGazetteer();

async function run(input: string): Promise<{ out: string[]; log: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let log = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (log += d.toString()));
  stdin.end(input);
  await geoparseStream(stdin, stdout, stderr, gazetteer);
  return { out: out.split('\n').filter((l) => l !== ''), log };
}

describe('geoparse CLI', () => {
  it('answers each input line in order with its mentions', async () => {
    const { out } = await run(
      '{"id":"a","text":"Talks in Moscow."}\n{"id":"b","text":"nothing here"}\n',
    );
    type Line = {
      id: string;
      mentions: { start: number; end: number; text: string; form: string; place: { id: string } }[];
    };
    const lines = out.map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]?.mentions.map((m) => [m.start, m.end, m.text, m.form, m.place.id])).toEqual([
      [9, 15, 'Moscow', 'name', 'gn:524901'],
    ]);
    expect(lines[1]?.mentions).toEqual([]);
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['', 'blank line'],
    ['[1,2]', 'not a JSON object'],
    ['{"text":"Moscow"}', 'missing "id" string'],
    ['{"id":"x"}', 'missing "text" string'],
  ])('turns the malformed line %j into an error line and goes on', async (bad, reason) => {
    const { out, log } = await run(`{"id":"a","text":"x"}\n${bad}\n{"id":"c","text":"y"}\n`);
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[1] ?? '')).toEqual({ id: null, error: `line 2: ${reason}` });
    expect(JSON.parse(out[2] ?? '')).toEqual({ id: 'c', mentions: [] });
    expect(log).toBe(`geoparse: line 2: ${reason}\n`);
  });
});
