import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { printable } from './args';
import { describeFsError, UsageError } from './errors';

// Path mistakes print without the usage line: the options were right, the path is not.
function bad(label: string, path: string, reason: string): UsageError {
  return new UsageError(`${label} ${printable(path)}: ${reason}`, { showUsage: false });
}

function stat(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

function reasonOf(error: unknown): string {
  return (describeFsError(error) ?? String(error)).replace(/^.*: /, '');
}

function canAccess(path: string, mode: number): string | undefined {
  try {
    accessSync(path, mode);
    return undefined;
  } catch (error) {
    return reasonOf(error);
  }
}

/** An existing, readable file (symbolic links followed), or a UsageError naming `label`. */
export function checkInputFile(path: string, label: string): void {
  const found = stat(path);
  if (!found) throw bad(label, path, 'no such file');
  if (found.isDirectory()) throw bad(label, path, 'is a folder, not a file');
  const denied = canAccess(path, constants.R_OK);
  if (denied) throw bad(label, path, denied);
}

/** An existing folder whose entries can be listed and read, or a UsageError naming `label`. */
export function checkInputFolder(path: string, label: string): void {
  const found = stat(path);
  if (!found) throw bad(label, path, 'no such folder');
  if (!found.isDirectory()) throw bad(label, path, 'is a file, not a folder');
  const denied = canAccess(path, constants.R_OK | constants.X_OK);
  if (denied) throw bad(label, path, denied);
}

/**
 * A folder the command can write into: an existing writable folder, or one that can be created
 * because its nearest existing parent is a writable folder. Checked before the work starts, so a
 * long run never ends on "cannot write".
 */
export function checkOutputFolder(path: string, label: string): void {
  let at = resolve(path);
  let found = stat(at);
  while (!found) {
    const parent = dirname(at);
    if (parent === at) throw bad(label, path, 'no such folder');
    at = parent;
    found = stat(at);
  }
  if (!found.isDirectory()) {
    throw bad(label, path, at === resolve(path) ? 'is a file, not a folder' : `${at} is a file`);
  }
  const denied = canAccess(at, constants.W_OK | constants.X_OK);
  if (denied) throw bad(label, path, at === resolve(path) ? denied : `${at}: ${denied}`);
}
