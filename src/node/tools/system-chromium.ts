import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, when it is installed. Playwright cannot download its own browsers on
 * machines without general network access, so the system browser is preferred where present.
 */
export function systemChromium(): string | undefined {
  const candidates = [process.env.DATELINE_CHROMIUM, '/usr/bin/chromium'];
  return candidates.find((path): path is string => path !== undefined && existsSync(path));
}
