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

  it('says what else each place could be and why it was chosen', async () => {
    const { out } = await run(
      '{"id":"a","text":"NATO leaders talked about Ukraine and Georgia on Monday."}\n',
    );
    type Line = {
      mentions: { text: string; alternatives: { id: string }[]; reasons?: string[] }[];
    };
    const georgia = (JSON.parse(out[0] ?? '') as Line).mentions.find((m) => m.text === 'Georgia');
    expect(georgia?.alternatives.map((a) => a.id)).toContain('adm1:US.GA');
    expect(georgia?.reasons?.join(' ')).toMatch(/Ukraine/);
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['', 'blank line'],
    ['[1,2]', 'expected a JSON object, got array'],
    ['"Moscow"', 'expected a JSON object, got string'],
    ['null', 'expected a JSON object, got null'],
    ['{"text":"Moscow"}', '"id" is missing'],
    ['{"id":"x"}', '"text" is missing'],
    ['{"id":"x","text":42}', '"text" must be a string, got number'],
    ['{"id":"x","text":null}', '"text" must be a string, got null'],
    ['{"id":7,"text":"Moscow"}', '"id" must be a string, got number'],
    ['{"id":"x","text":["Moscow"]}', '"text" must be a string, got array'],
  ])('turns the malformed line %j into an error line and goes on', async (bad, reason) => {
    const { out, log } = await run(`{"id":"a","text":"x"}\n${bad}\n{"id":"c","text":"y"}\n`);
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[1] ?? '')).toEqual({ id: null, error: `line 2: ${reason}` });
    expect(JSON.parse(out[2] ?? '')).toEqual({ id: 'c', mentions: [] });
    expect(log).toBe(`geoparse: line 2: ${reason}\n`);
  });

  it('ends lines at LF and CRLF only: a bare CR stays inside its line', async () => {
    const { out, log } = await run(
      '{"id":"a",\r"text":"Moscow"}\r\n{"id":"b"\r,"text":"y"}\n{"id":"c","text":"z"}',
    );
    expect(out.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'b', 'c']);
    expect(log).toBe('');
  });

  it('ignores a UTF-8 byte-order mark at the start of the input', async () => {
    const { out, log } = await run('\uFEFF{"id":"a","text":"Moscow"}\n');
    expect(JSON.parse(out[0] ?? '')).toMatchObject({ id: 'a', mentions: [{ text: 'Moscow' }] });
    expect(log).toBe('');
  });

  it('counts the lines and the errors, for the exit status', async () => {
    const stdin = new PassThrough();
    stdin.end('{"id":"a","text":"x"}\n{"id":"b"}\r\n{"id":"c","text":"y"}');
    const summary = await geoparseStream(stdin, new PassThrough(), new PassThrough(), gazetteer);
    expect(summary).toEqual({ lines: 3, errors: 1 });
  });

  it('stops reading, without an error, once its reader has gone', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    stdin.end('{"id":"a","text":"x"}\n'.repeat(1000));
    stdout.destroy();
    const summary = await geoparseStream(stdin, stdout, new PassThrough(), gazetteer);
    expect(summary.lines).toBe(1);
  });
});
