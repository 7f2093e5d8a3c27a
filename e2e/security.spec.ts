import { expect, lists, openApp, panel, SOCHI, test } from './fixtures';

test('the app is served with a strict Content-Security-Policy and runs under it', async ({
  page,
  cspViolations,
}) => {
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  const policy = headers['content-security-policy'] ?? '';
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
  expect(directives.get('default-src')).toBe("'self'");
  expect(directives.get('script-src')).toBe("'self'");
  expect(directives.get('object-src')).toBe("'none'");
  expect(directives.get('base-uri')).toBe("'none'");
  expect(directives.get('frame-ancestors')).toBe("'none'");
  expect(policy).not.toMatch(/unsafe-eval|\*/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  // A full journey under the policy: map, list, a place, the reader; the fixture fails on any
  // violation, and this test checks it saw none with the policy really in force.
  await openApp(page, '/?map=4/45/30&layers=links');
  await lists(page).getByRole('button', { name: SOCHI }).click();
  await panel(page)
    .getByRole('button', { name: /^Read in article/ })
    .first()
    .click();
  await expect(panel(page).locator('.dl-reader__passage.is-current')).toBeVisible();
  expect(cspViolations).toEqual([]);
});

test('an inline script is refused by the policy', async ({
  page,
  cspViolations,
  consoleErrors,
}) => {
  // Proof that the header is enforced, not just sent: the fixture would fail on this violation,
  // so it is caught here and cleared.
  await openApp(page);
  const ran = await page.evaluate(async () => {
    const seen = new Promise<string>((resolve) => {
      document.addEventListener(
        'securitypolicyviolation',
        (e) => {
          resolve(e.effectiveDirective);
        },
        {
          once: true,
        },
      );
    });
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return { directive: await seen, ran: 'inlineRan' in window };
  });
  expect(ran).toEqual({ directive: 'script-src-elem', ran: false });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  cspViolations.length = 0;
  consoleErrors.splice(0, consoleErrors.length);
});

test('source maps are not served', async ({ page, request }) => {
  await page.goto('/');
  const script = await page.locator('script[type="module"]').getAttribute('src');
  expect(script).toMatch(/^\/assets\/.+\.js$/);
  const code = await (await request.get(script ?? '')).text();
  expect(code).not.toContain('sourceMappingURL');
  const map = await request.get(`${script ?? ''}.map`);
  // The preview answers unknown paths with the app's page, never with the map.
  expect(await map.text()).not.toContain('"mappings"');
});
