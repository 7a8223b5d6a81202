/**
 * npm run demo: opens Chromium with Tifa loaded on a demo news page. With a display it stays open
 * for you to read; without one (CI, a server) it hovers a term, saves a screenshot of the
 * underlines and the open card in demo-output/, and says where.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../demo/browser';
import { startServer } from '../demo/server';
import { findTerm, highlightSize, hover, waitForAnnotation, waitForCard } from '../demo/probe';

const PAGE = process.env.TIFA_DEMO_PAGE ?? 'yongkang-daily-000.html';
const TERM = process.env.TIFA_DEMO_TERM ?? '五战双强';
const OUT_DIR = resolve('demo-output');
const headless = !process.env.DISPLAY || process.env.CI === 'true';

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
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

