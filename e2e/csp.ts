import type { Page } from '@playwright/test';

/**
 * Starts recording the page's Content-Security-Policy violations: every blocked script, style,
 * image or connection, reported by the browser's securitypolicyviolation event and by its console
 * ("Refused to ..."). Returns the list, filled as the test runs; the suite fails on any entry.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__datelineCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __datelineCspViolation: (t: string) => void })
        .__datelineCspViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
