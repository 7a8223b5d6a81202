import type { PageTerm } from '@/lib/commands';
import { liveRange, type Annotation } from './annotator';

/** The glossary terms among `annotations` (in document order): each entry once, with its count. */
export function pageTerms(annotations: readonly Annotation[]): PageTerm[] {
  const byId = new Map<string, PageTerm>();
  for (const annotation of annotations) {
    if (annotation.kind !== 'glossary') continue;
    const known = byId.get(annotation.id);
    if (known) known.count++;
    else byId.set(annotation.id, { id: annotation.id, text: liveRange(annotation).toString().replace(/\s+/g, ''), count: 1 });
  }
  return [...byId.values()];
}
