import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleEntry, codeVersion } from './bundle';

const CODE = [
  '// src/core/a.ts',
  'var a = 1;',
  '// node_modules/valibot/dist/index.mjs',
  'var b = 2;',
  'import P from "/home/ann/dateline/node_modules/piscina/dist/main.js";',
].join('\n');
const PLACES = {
  inputs: ['src/core/a.ts', 'node_modules/valibot/dist/index.mjs'],
  externals: new Map([['/home/ann/dateline/node_modules/piscina/dist/main.js', 'piscina']]),
};
const version = codeVersion(CODE, PLACES);

describe('a bundle version names the code, not where the project lies', () => {
  it.each([
    {
      case: 'inputs named from another working folder',
      code: CODE.replace('// src/core/a.ts', '// ../dateline/src/core/a.ts'),
      places: { ...PLACES, inputs: ['../dateline/src/core/a.ts', PLACES.inputs[1] ?? ''] },
    },
    {
      case: 'a package reached through a symlinked node_modules',
      code: CODE.replace('// node_modules/valibot', '// ../../shared/node_modules/valibot'),
      places: {
        ...PLACES,
        inputs: [PLACES.inputs[0] ?? '', '../../shared/node_modules/valibot/dist/index.mjs'],
      },
    },
    {
      case: 'the project moved, externals and all',
      code: CODE.replace('/home/ann/dateline/', '/srv/dl/'),
      places: {
        ...PLACES,
        externals: new Map([['/srv/dl/node_modules/piscina/dist/main.js', 'piscina']]),
      },
    },
  ])('keeps its version: $case', ({ code, places }) => {
    expect(codeVersion(code, places)).toBe(version);
  });

  it.each([
    { case: 'a statement changed', code: CODE.replace('var a = 1;', 'var a = 2;') },
    { case: 'a comment-like line that is not an input', code: `${CODE}\n// src/core/b.ts` },
    {
      case: 'another external',
      code: CODE.replace('piscina/dist/main.js', 'tinypool/dist/index.js'),
    },
  ])('changes its version: $case', ({ code }) => {
    expect(codeVersion(code, PLACES)).not.toBe(version);
  });
});

describe('bundleEntry', () => {
  const root = mkdtempSync(join(tmpdir(), 'dateline-bundle-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  function project(name: string, value: number): string {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'dep.ts'), `export const value: number = ${value};\n`);
    writeFileSync(
      join(dir, 'entry.ts'),
      "import Piscina from 'piscina';\nimport { value } from './dep';\nconsole.log(value, Piscina.name);\n",
    );
    return join(dir, 'entry.ts');
  }

  it('gives the same sources in two folders one version, and a changed source another', async () => {
    const first = await bundleEntry(project('one', 1), 'probe', join(root, 'b1'), ['piscina']);
    const moved = await bundleEntry(project('elsewhere/two', 1), 'probe', join(root, 'b2'), [
      'piscina',
    ]);
    const changed = await bundleEntry(project('three', 2), 'probe', join(root, 'b3'), ['piscina']);
    expect(moved.hash).toBe(first.hash);
    expect(changed.hash).not.toBe(first.hash);
  });
});
