import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine, printable } from './args';
import { describeFsError, UsageError } from './errors';
import { checkInputFile, checkInputFolder, checkOutputFolder } from './paths';

const spec = {
  options: { seeds: { type: 'string' }, quiet: { type: 'boolean' } },
  positionals: { min: 0, max: 1 },
} as const;

function usageMessage(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  return 'no error';
}

describe('parseCommandLine', () => {
  it('reads options and positionals', () => {
    const { values, positionals } = parseCommandLine(['--seeds', 'a', 'x.jsonl', '--quiet'], spec);
    expect([values.seeds, values.quiet, positionals]).toEqual(['a', true, ['x.jsonl']]);
  });

  it.each([
    [['--sedes', 'a'], 'unknown option "--sedes"'],
    [['-x'], 'unknown option "-x"'],
    [['--seeds'], 'option --seeds needs a value'],
    [['--quiet=yes'], 'option --quiet takes no value'],
    [['a', 'b'], 'unexpected argument "b"'],
    [['--\u001b[31mred'], 'unknown option "--\\u001b[31mred"'],
  ])('rejects %j with a one-line message', (args, message) => {
    expect(usageMessage(() => parseCommandLine(args, spec))).toBe(message);
  });

  it('asks for a required positional', () => {
    const needsOne = { options: {}, positionals: { min: 1, max: 1 } };
    expect(usageMessage(() => parseCommandLine([], needsOne))).toBe(
      'missing argument (one expected)',
    );
  });
});

describe('printable', () => {
  it('shows terminal escapes and bidi controls instead of obeying them', () => {
    expect(printable('a\u001b[2Jb\u202Ec\nd')).toBe('a\\u001b[2Jb\\u202ec\\u000ad');
  });
});

describe('path checks', () => {
  const root = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  const file = join(root, 'notes.txt');
  const folder = join(root, 'seeds');
  const locked = join(root, 'locked');
  writeFileSync(file, 'x');
  mkdirSync(folder);
  mkdirSync(locked);
  symlinkSync(join(root, 'gone'), join(root, 'dangling'));
  chmodSync(locked, 0o500);
  const isRoot = process.getuid?.() === 0;
  afterAll(() => {
    chmodSync(locked, 0o700);
  });

  it.each([
    [
      'a missing input file',
      () => {
        checkInputFile(join(root, 'nope.jsonl'), 'corpus');
      },
      'no such file',
    ],
    [
      'a folder as input file',
      () => {
        checkInputFile(folder, 'corpus');
      },
      'is a folder, not a file',
    ],
    [
      'a dangling link as input file',
      () => {
        checkInputFile(join(root, 'dangling'), 'corpus');
      },
      'no such file',
    ],
    [
      'a missing folder',
      () => {
        checkInputFolder(join(root, 'nope'), '--seeds');
      },
      'no such folder',
    ],
    [
      'a file as folder',
      () => {
        checkInputFolder(file, '--seeds');
      },
      'is a file, not a folder',
    ],
    [
      'a file as output folder',
      () => {
        checkOutputFolder(file, '--out');
      },
      'is a file, not a folder',
    ],
    [
      'a path under a file',
      () => {
        checkOutputFolder(join(file, 'x'), '--out');
      },
      `${file} is a file`,
    ],
  ])('rejects %s, naming it', (_name, check, reason) => {
    expect(usageMessage(check)).toMatch(new RegExp(`: ${reason.replace(/[.\\]/g, '\\$&')}$`));
  });

  it.skipIf(isRoot)('rejects an output folder it cannot write to', () => {
    expect(
      usageMessage(() => {
        checkOutputFolder(locked, '--out');
      }),
    ).toMatch(/permission denied$/);
  });

  it('accepts what is there, and an output folder it can create', () => {
    expect(() => {
      checkInputFile(file, 'corpus');
      checkInputFolder(folder, '--seeds');
      checkOutputFolder(folder, '--out');
      checkOutputFolder(join(folder, 'new', 'deeper'), '--out');
    }).not.toThrow();
  });
});

describe('describeFsError', () => {
  it.each([
    ['ENOSPC', '/data/x.json: the disk is full'],
    ['EROFS', '/data/x.json: the file system is read-only'],
    ['EACCES', '/data/x.json: permission denied'],
  ])('turns %s into one line naming the path', (code, line) => {
    const error = Object.assign(new Error('raw'), { code, path: '/data/x.json' });
    expect(describeFsError(error)).toBe(line);
  });

  it('leaves other errors (bugs) alone', () => {
    expect(describeFsError(new TypeError('x is undefined'))).toBeUndefined();
  });
});
