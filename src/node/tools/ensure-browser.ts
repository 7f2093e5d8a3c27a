// Runs before the browser tests: makes sure there is a Chromium to drive, or says in one line how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './system-chromium.ts';

function playwrightChromium(): string | undefined {
  const path = chromium.executablePath();
  return existsSync(path) ? path : undefined;
}

if (systemChromium() === undefined && playwrightChromium() === undefined) {
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore' });
  if (install.status !== 0 || playwrightChromium() === undefined) {
    console.error(
      'No Chromium for the browser tests: install Debian\'s "chromium" (apt-get install -y chromium) or run "npx playwright install chromium".',
    );
    process.exit(1);
  }
}
