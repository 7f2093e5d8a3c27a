import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandLineSpec<O extends Options> {
  options: O;
  /** How many positional arguments the command takes (default: none). */
  positionals?: { min: number; max: number };
}

/**
 * Parses `args` strictly: an unknown option, an option without its value, a flag given a value
 * or the wrong number of positionals is a UsageError with a one-line message, before any work.
 */
export function parseCommandLine<O extends Options>(args: string[], spec: CommandLineSpec<O>) {
  const { min, max } = spec.positionals ?? { min: 0, max: 0 };
  let parsed;
  try {
    parsed = parseArgs({ args, options: spec.options, strict: true, allowPositionals: max > 0 });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const count = parsed.positionals.length;
  if (count > max) {
    const extra = parsed.positionals[max] ?? '';
    throw new UsageError(`unexpected argument "${printable(extra)}"`);
  }
  if (count < min) throw new UsageError(`missing argument (${min === 1 ? 'one' : min} expected)`);
  return parsed;
}

// Node's own messages run to three sentences; the option's name is all a user needs.
function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]*)/.exec(message ?? '')?.[1] ?? '';
  const name = printable(option);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option "${name}"`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message ?? '')
        ? `option ${name} needs a value`
        : `option ${name} takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const arg = /'([^']*)'/.exec(message ?? '')?.[1] ?? '';
      return `unexpected argument "${printable(arg)}"`;
    }
    default:
      return message?.split('\n')[0] ?? 'the command line was not understood';
  }
}

/** A value safe to echo on a terminal: control characters (ANSI escapes too) shown as \u.... */
export function printable(value: string, max = 80): string {
  const shown = value.length > max ? `${value.slice(0, max)}...` : value;
  return shown.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
