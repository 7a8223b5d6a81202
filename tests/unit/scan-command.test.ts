import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function scan(...args: string[]) {
  // Node itself with tsx's loader: no npx lookup on every call.
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CORPUS = 'seeds/corpus/000_99a53b20a0033edc.txt';

// Each test starts the command as a process (tsx compiles it first): slow on a busy machine.
describe('npm run scan', { timeout: 90_000 }, () => {
  it('prints one JSON object per glossary hit, with UTF-16 offsets into the file', () => {
    const { status, stdout } = scan('--json', CORPUS);
    expect(status).toBe(0);
    const text = readFileSync(CORPUS, 'utf8');
    const all = stdout.trim().split('\n').map((line) => JSON.parse(line));
    const hits = all.filter((h) => h.kind === 'glossary');
    expect(hits.length).toBeGreaterThan(5);
    for (const hit of all) {
      expect(Object.keys(hit)).toEqual(['file', 'start', 'end', 'text', 'id', 'term', 'kind']);
      expect(hit.file).toBe(CORPUS);
      expect(text.slice(hit.start, hit.end)).toBe(hit.text);
      if (hit.kind === 'candidate') expect(hit).toMatchObject({ id: null, term: null });
      else expect(hit.kind).toBe('glossary');
    }
    // A match may run across the corpus's OCR line breaks.
    expect(hits.some((h) => /\n/.test(h.text))).toBe(true);
    expect(hits.map((h) => h.id)).toContain('wu-zhan-shuang-qiang');
  });

  it('finds the same terms in a demo page as in its corpus file', () => {
    const ids = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l)).filter((h) => h.kind === 'glossary').map((h) => h.id);
    const fromText = ids(scan('--json', CORPUS).stdout);
    const fromHtml = ids(scan('--json', 'demo/pages/yongkang-daily-000.html').stdout);
    for (const id of fromText) expect(fromHtml).toContain(id);
  });

  it('reports an unreadable file clearly, still scans the others, and exits non-zero', () => {
    const { status, stdout, stderr } = scan('/no/such/file.txt', CORPUS);
    expect(status).toBe(1);
    expect(stderr).toContain('cannot read /no/such/file.txt');
    expect(stdout).toContain(CORPUS);
    expect(stdout).toMatch(/\d+ term occurrence\(s\)/);
  });

  it('reports phrases that look like jargon the glossary lacks as candidates', () => {
    const { stdout } = scan('--json', 'tests/e2e/fixtures/discovery.html');
    const candidates = stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((h) => h.kind === 'candidate');
    expect(candidates.map((c) => c.text)).toEqual(['三抓三促', '以干促学、以学促干', '五比五看']);
  });
});
