// Invisible characters that reorder or hide text: bidi controls (U+202E turns "gpj.exe" around),
// zero-width and other format characters, control codes and lone surrogate halves.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/**
 * A value from the address, fit to quote in a notice: hidden characters removed, cut to `max`
 * characters (never inside a surrogate pair), with an ellipsis when cut.
 */
export function quoteForNotice(value: string, max = 40): string {
  const chars = Array.from(value.replace(HIDDEN, ''));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}
