/** Which annotation is under the pointer, found from the caret position at that point. */
import { liveRange, type Annotation, type Annotator } from './annotator';

type CaretPositionFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Naming the open shadow roots lets the caret land on text inside them, not on their host.
    const position = (doc.caretPositionFromPoint as CaretPositionFromPoint).call(doc, x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The caret snaps to the nearest character even far from text: confirm the point is on the term. */
function contains(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

export function annotationAt(
  annotator: Annotator,
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): Annotation | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret) return undefined;
  return annotator.near(caret.node, caret.offset).find((a) => contains(liveRange(a), x, y));
}
