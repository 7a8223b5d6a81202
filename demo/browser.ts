/**
 * Starts Debian's Chromium (never a downloaded browser) with the built extension loaded, through
 * playwright-core, or without it as a baseline. Shared by the demo, the browser tests and bench:page.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Fails at once, naming the install command, when Chromium is missing. */
function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's package: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
    );
  }
}

/** Fails at once, naming the install command, when Chromium or the built extension is missing. */
export function assertPrerequisites(): void {
  assertChromium();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run npm run build first.`);
  }
}

export interface PlainBrowser {
  context: BrowserContext;
  profileDir: string;
  close: () => Promise<void>;
}

export interface ExtensionBrowser extends PlainBrowser {
  extensionId: string;
  worker: Worker;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a profile (to test what survives a browser restart); a fresh one is made otherwise. */
  profileDir?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  locale?: string;
  /** More Chromium flags (tests map a host name to the local server to get an insecure origin). */
  args?: string[];
}

/**
 * One persistent Chromium context. `extraArgs` come last; everything else is shared, so a browser
 * with the extension and one without differ only in the extension's own flags.
 */
async function launch(options: LaunchOptions, extraArgs: string[]): Promise<PlainBrowser> {
  const headless = options.headless ?? true;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'tifa-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    // Extensions need the new headless mode, which playwright only selects through args.
    headless: false,
    viewport: options.viewport ?? { width: 1200, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.args ?? []),
      ...extraArgs,
    ],
  });
  return {
    context,
    profileDir,
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  assertPrerequisites();
  const browser = await launch(options, [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]);
  const { context } = browser;
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    return { ...browser, extensionId: new URL(worker.url()).host, worker };
  } catch (error) {
    // A Chromium left running would keep the caller's process alive.
    await browser.close();
    throw error;
  }
}

/** The same Chromium with the same flags but no extension: the baseline for the page benchmark. */
export function launchPlain(options: LaunchOptions = {}): Promise<PlainBrowser> {
  assertChromium();
  return launch(options, []);
}
