/** Helpers for the card's browser tests: commands as the browser sends them, the card's shadow root. */
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import type { Command } from '@/lib/commands';

/**
 * Fires a manifest command in the extension's service worker, through the same onCommand event the
 * browser fires for a keyboard shortcut (headless Chromium does not route shortcuts to extensions).
 */
export async function sendCommand(context: BrowserContext, page: Page, command: Command): Promise<void> {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (name) => {
    const api = (globalThis as unknown as { chrome: typeof Browser }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    // An extension event's dispatch runs the listeners the background registered, as the browser would.
    (api.commands.onCommand as unknown as { dispatch: (c: string, t?: Browser.tabs.Tab) => void }).dispatch(name, tab);
  }, command);
}

/** The card's dialog element, inside <tifa-card>'s open shadow root. */
export function card(page: Page) {
  return page.locator('tifa-card [role="dialog"]');
}

/** Waits until no card is shown. */
export async function waitForNoCard(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('tifa-card'));
}

/** Where the keyboard focus is: the active element's text inside the card, or null outside it. */
export function focusInCard(page: Page): Promise<{ inCard: boolean; text: string | null; tag: string | null }> {
  return page.evaluate(() => {
    const host = document.querySelector('tifa-card');
    const active = host?.shadowRoot?.activeElement ?? null;
    return { inCard: document.activeElement === host && active !== null, text: active?.textContent ?? null, tag: active?.tagName ?? null };
  });
}

/** The polite live region's text (what a screen reader announces). */
export function announcement(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('tifa-card')?.shadowRoot?.querySelector('[aria-live="polite"].tifa-sr')?.textContent ?? null);
}

/** Terms underlined on the page, in document order, whitespace removed. */
export function termsInOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges = ([...(CSS.highlights.get('tifa-term') ?? [])] as StaticRange[]).map((s) => {
      const r = new Range();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      return r;
    });
    return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString().replace(/\s+/g, ''));
  });
}

/**
 * Evaluates `expression` in the extension page whose URL contains `urlPart` (the toolbar popup,
 * which playwright does not list as a page), through the browser's DevTools protocol.
 */
export async function evaluateInTarget(context: BrowserContext, page: Page, urlPart: string, expression: string): Promise<unknown> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((info) => info.url.includes(urlPart));
    if (!target) throw new Error(`no target with ${urlPart}: ${targetInfos.map((info) => info.url).join(', ')}`);
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const reply = new Promise<string>((done) =>
      cdp.on('Target.receivedMessageFromTarget', (event) => event.sessionId === sessionId && done(event.message)),
    );
    const message = { id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } };
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(message) });
    const { result } = JSON.parse(await reply) as { result: { result: { value?: unknown } } };
    return result.result.value;
  } finally {
    await cdp.detach();
  }
}

/** URLs of every page the browser has open, extension popups included. */
export async function targetUrls(context: BrowserContext, page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  try {
    return (await cdp.send('Target.getTargets')).targetInfos.filter((info) => info.type === 'page').map((info) => info.url);
  } finally {
    await cdp.detach();
  }
}
