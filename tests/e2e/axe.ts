/** Runs axe-core in a page and keeps the violations a user would be hurt by (serious or critical). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ElementContext } from 'axe-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null | undefined;
  targets: string[];
}

/** Checks `context` (the whole document when omitted). */
export async function seriousViolations(page: Page, context?: ElementContext): Promise<Violation[]> {
  await page.evaluate(source);
  const results = await page.evaluate(
    (ctx) => (globalThis as unknown as { axe: { run: (c: unknown) => Promise<AxeResults> } }).axe.run(ctx ?? document),
    context ?? null,
  );
  // Every rule must have looked at something, or the check proves nothing.
  if (results.passes.length === 0) throw new Error('axe checked nothing');
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
}
