import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const LAUNCH = join(dirname(fileURLToPath(import.meta.url)), 'launch.mjs');

describe('launching a CLI from its bundle', () => {
  const root = mkdtempSync(join(tmpdir(), 'dateline-launch-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  function run(project: string): string {
    return execFileSync(process.execPath, [LAUNCH, 'src/where.ts'], { cwd: project }).toString();
  }

  it('runs from where the project is now after the project moved', () => {
    const before = join(root, 'before');
    mkdirSync(join(before, 'src'), { recursive: true });
    writeFileSync(join(before, 'package-lock.json'), '{}\n');
    // Code that finds files beside itself, as the gazetteer's builder and the workers do.
    writeFileSync(join(before, 'src', 'where.ts'), 'console.log(import.meta.url);\n');
    expect(run(before).trim()).toBe(pathToFileURL(join(before, 'src', 'where.ts')).href);

    const after = join(root, 'after');
    renameSync(before, after);
    expect(run(after).trim()).toBe(pathToFileURL(join(after, 'src', 'where.ts')).href);
  });
});
