import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
const en = load('en');
const zh = load('zh_CN');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}
const ui = [...sources('entrypoints'), ...sources('components')].filter((f) => !f.includes('background'));

describe('UI strings', () => {
  it('English and Simplified Chinese have the same keys and placeholders, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(Object.keys(zh[key]!.placeholders ?? {}), key).toEqual(Object.keys(en[key]!.placeholders ?? {}));
      expect(en[key]!.message.trim(), key).not.toBe('');
      expect(zh[key]!.message.trim(), key).not.toBe('');
    }
  });

  it('every key the UI asks for exists', () => {
    for (const file of ui) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)) expect(en, `${file}: ${key}`).toHaveProperty(key!);
    }
  });

  it('components hold no hard-coded text: words in markup and labels come from t()', () => {
    const found: string[] = [];
    for (const file of ui.filter((f) => f.endsWith('.tsx'))) {
      const code = readFileSync(file, 'utf8');
      // Text between tags, and label-like attributes given as string literals.
      for (const [text] of code.matchAll(/>[^<>{}]*[A-Za-z\u3400-\u9fff][^<>{}]*<\//g)) found.push(`${file}: ${text}`);
      for (const [text] of code.matchAll(/\b(?:title|placeholder|aria-label|alt)="[^"]*"/g)) found.push(`${file}: ${text}`);
    }
    expect(found).toEqual([]);
  });
});
