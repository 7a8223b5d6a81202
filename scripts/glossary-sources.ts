/** Where the glossary's inputs and output live on disk, and how they are read. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { SourceFile } from '../lib/glossary/validate';
import type { CorpusFile } from '../lib/glossary/examples';

export const GLOSSARY_DIR = 'seeds/glossary';
export const CORPUS_DIR = 'seeds/corpus';
export const BUNDLE_PATH = 'public/glossary.json';

export function readCorpus(dir = CORPUS_DIR): CorpusFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

export function readGlossarySources(dir = GLOSSARY_DIR): { sources: SourceFile[]; parseErrors: string[] } {
  const sources: SourceFile[] = [];
  const parseErrors: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    try {
      const data: unknown = parse(readFileSync(file, 'utf8'), { prettyErrors: true });
      if (!Array.isArray(data)) parseErrors.push(`${file}: the file must be a YAML list of entries`);
      else sources.push({ file, entries: data });
    } catch (error) {
      if (error instanceof YAMLParseError) parseErrors.push(`${file}: ${error.message}`);
      else throw error;
    }
  }
  return { sources, parseErrors };
}
