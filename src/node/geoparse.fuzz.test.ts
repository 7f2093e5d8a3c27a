import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geoparseStream } from './geoparse';
import { testGazetteer } from './test/gazetteer';

const gazetteer = testGazetteer();
const encoder = new TextEncoder();

// Bytes as a hostile pipe delivers them: JSON lines, broken JSON, CR, CRLF, a BOM, invalid UTF-8.
const piece = fc.oneof(
  fc.uint8Array({ maxLength: 20 }),
  fc.constantFrom('\n', '\r\n', '\r', '\uFEFF', '{', '"', '}', ' ').map((s) => encoder.encode(s)),
  fc
    .record({
      id: fc.string({ maxLength: 8 }),
      text: fc.string({ unit: 'grapheme', maxLength: 40 }),
    })
    .map((x) => encoder.encode(`${JSON.stringify(x)}\n`)),
  fc.constantFrom(
    Uint8Array.of(0xef, 0xbb, 0xbf),
    Uint8Array.of(0xe2, 0x82),
    Uint8Array.of(0xff, 0xfe),
    Uint8Array.of(0xc3),
  ),
);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Input lines as a user counts them: LF-ended, the last one unended, a leading BOM not counted. */
function inputLines(bytes: Uint8Array): number {
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const lf = body.filter((b) => b === 0x0a).length;
  return lf + (body.length > 0 && body[body.length - 1] !== 0x0a ? 1 : 0);
}

describe('the geoparse filter under fuzzing', () => {
  it('answers any bytes with exactly one JSON line per input line, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }),
        async (parts, chunkSizes) => {
          const bytes = concat(parts);
          const stdin = new PassThrough();
          const stdout = new PassThrough();
          let out = '';
          stdout.on('data', (d: Buffer) => (out += d.toString()));
          // Delivered in uneven chunks, so CRLF, BOMs and characters split across reads.
          for (let at = 0, i = 0; at < bytes.length; i++) {
            const size = chunkSizes[i % chunkSizes.length] ?? 1;
            stdin.write(bytes.subarray(at, at + size));
            at += size;
          }
          stdin.end();
          const summary = await geoparseStream(stdin, stdout, new PassThrough(), gazetteer);
          const lines = out === '' ? [] : out.replace(/\n$/, '').split('\n');
          expect(lines).toHaveLength(inputLines(bytes));
          expect(summary.lines).toBe(lines.length);
          lines.forEach((l, i) => {
            const answer = JSON.parse(l) as { id: string | null; error?: string };
            if (answer.id === null) expect(answer.error).toMatch(new RegExp(`^line ${i + 1}: `));
          });
        },
      ),
    );
  });
});
