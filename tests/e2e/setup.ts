/** One Chromium with the built extension and one page server per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '@/demo/browser';
import { startServer, type PageServer } from '@/demo/server';
import { bundleSchema } from '@/lib/glossary/schema';
import { matcherKeys } from '@/lib/glossary/bundle';
import { Matcher } from '@/lib/matcher/matcher';

export interface Harness {
  browser: ExtensionBrowser;
  server: PageServer;
  /** A new tab that records console errors and uncaught exceptions. */
  open: (url: string) => Promise<{ page: Page; errors: string[] }>;
}

export function useExtension(options: LaunchOptions = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.server = await startServer();
    harness.browser = await launchWithExtension(options);
    harness.open = async (url) => {
      const page = await harness.browser.context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      return { page, errors };
    };
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

/** The matcher built from the glossary the extension ships, to compute what a page should show. */
export function shippedMatcher(): Matcher {
  const bundle = bundleSchema.parse(JSON.parse(readFileSync(join(EXTENSION_DIR, 'glossary.json'), 'utf8')));
  return Matcher.fromKeys(matcherKeys(bundle.entries), bundle.version);
}
