/**
 * A mistake in how the command was called (an unknown option, a missing value, a bad path),
 * found before any work starts. The command prints it on one line and exits with status 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  /** Print the usage line after the message (for option mistakes, not for a missing file). */
  readonly showUsage: boolean;
  constructor(message: string, options: { showUsage?: boolean } = {}) {
    super(message);
    this.showUsage = options.showUsage ?? true;
  }
}

/** A problem with the user's input or machine found during the work: one line, exit status 1. */
export class UserError extends Error {
  override name = 'UserError';
}

// What a user can act on, for the file-system errors their paths and disks cause.
const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
};

/**
 * "PATH: reason" for a Node file-system error caused by the user's paths or disk, or undefined
 * for anything else (a bug, which keeps its stack trace).
 */
export function describeFsError(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  const reason = code === undefined ? undefined : FS_REASONS[code];
  if (reason === undefined) return undefined;
  return path === undefined ? reason : `${path}: ${reason}`;
}
