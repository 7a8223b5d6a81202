/**
 * npm run demo: opens Chromium with Tifa loaded on a demo news page. With a display it stays open
 * for you to read; without one (CI, a server) it hovers a term and saves screenshots: the page with
 * its underlines and the open card, and the card beside its term in the light and dark themes.
 * The README shows the copies in docs/.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../demo/browser';
import { startServer } from '../demo/server';
import { cardState, findTerm, highlightSize, hover, waitForAnnotation, waitForCard, type TermBox } from '../demo/probe';

const PAGE = process.env.TIFA_DEMO_PAGE ?? 'yongkang-daily-000.html';
const TERM = process.env.TIFA_DEMO_TERM ?? '五战双强';
const OUT_DIR = resolve('demo-output');
const DOCS_DIR = resolve('docs');
const headless = !process.env.DISPLAY || process.env.CI === 'true';

/** Saves the part of the page holding the term and its card, in the given colour scheme. */
async function cardShot(page: Page, term: TermBox, scheme: 'light' | 'dark', file: string): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  const card = await cardState(page);
  if (!card) throw new Error('the card closed before its screenshot');
  const margin = 24;
  const { width, height } = page.viewportSize()!;
  const left = Math.max(0, Math.min(term.x, card.rect.left) - margin);
  const top = Math.max(0, Math.min(term.y, card.rect.top) - margin);
  const right = Math.min(width, Math.max(term.x + term.width, card.rect.right) + margin);
  const bottom = Math.min(height, Math.max(term.y + term.height, card.rect.bottom) + margin);
  await page.screenshot({ path: file, clip: { x: left, y: top, width: right - left, height: bottom - top } });
}

const server = await startServer();
const browser = await launchWithExtension({ headless });
try {
  const page = await browser.context.newPage();
  await page.goto(server.url('pages', PAGE));
  await waitForAnnotation(page);
  const count = await highlightSize(page);
  console.log(`demo: ${PAGE} has ${count} underlined terms`);
  if (!headless) {
    console.log(`demo: Chromium is open on ${page.url()}. Hover an underlined term; close the window to finish.`);
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  } else {
    const box = await findTerm(page, TERM);
    if (!box) throw new Error(`"${TERM}" is not underlined on ${PAGE}`);
    await hover(page, box);
    const card = await waitForCard(page);
    mkdirSync(OUT_DIR, { recursive: true });
    const file = resolve(OUT_DIR, 'tifa-demo.png');
    await page.screenshot({ path: file });
    console.log(`demo: hovered "${box.text}", the card shows ${card.headword}; screenshot of the underlines and the open card: ${file}`);
    // The card stays while the pointer rests on the term.
    const shots = { 'tifa-demo.png': 'tifa-card.png' } as Record<string, string>;
    for (const scheme of ['light', 'dark'] as const) {
      const name = `tifa-card-${scheme}.png`;
      await cardShot(page, box, scheme, resolve(OUT_DIR, name));
      shots[name] = name;
      console.log(`demo: the card in the ${scheme} theme: ${resolve(OUT_DIR, name)}`);
    }
    for (const [from, to] of Object.entries(shots)) copyFileSync(resolve(OUT_DIR, from), resolve(DOCS_DIR, to));
    console.log(`demo: copied the screenshots to ${DOCS_DIR} for the README`);
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
