/**
 * Splits a page's visible text into blocks: runs of text nodes that a reader sees as one flow of
 * text. A term split across inline elements (<a>, <em>, <span>) lies inside one block; block
 * boundaries (paragraphs, cells, list items) are never crossed by a match.
 */

/** Elements whose text a reader does not read as page text, or may be typing into. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'CANVAS', 'SVG', 'MATH', 'RT', 'RP', 'TIFA-CARD', 'HEAD', 'TITLE',
]);

/** Elements that flow inside a line of text; any other element starts a new block. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'BR', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT',
  'I', 'INS', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'RUBY', 'RB', 'S', 'SAMP', 'SMALL', 'SPAN',
  'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

export interface TextBlock {
  text: string;
  nodes: Text[];
  /** Offset of each node's first code unit in `text`. */
  starts: number[];
}

// Node types and filter constants by value: the walk also runs outside a browser (the scan
// command parses HTML with happy-dom), where the DOM globals do not exist.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

function isElement(node: Node | null): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

function blockOf(node: Node): Node | null {
  let parent = node.parentNode;
  while (isElement(parent) && INLINE.has(parent.tagName.toUpperCase())) parent = parent.parentNode;
  return parent;
}

function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.tagName.toUpperCase()) || (element as HTMLElement).isContentEditable === true;
}

/** Skipped elements that do not render: they do not interrupt the text around them. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

function isInlineNode(node: Node): boolean {
  return isText(node) || (isElement(node) && INLINE.has(node.tagName.toUpperCase()));
}

/**
 * Yields the text blocks of `roots`, in document order. Consecutive roots continue one flow of
 * text, so a run of inline siblings (see runAround) yields the same blocks as its parent would.
 * Open shadow roots met on the way are handed to `onShadowRoot`: their text is a separate tree.
 */
export function* walkBlocks(roots: readonly Node[], onShadowRoot?: (root: ShadowRoot) => void): Generator<TextBlock> {
  let current: TextBlock | undefined;
  let currentBlock: Node | null = null;
  // Set when an element that is not inline text (a paragraph, an image, an input) is passed.
  let boundary = false;
  const accept = (node: Node): number => {
    if (!isElement(node)) return FILTER_ACCEPT;
    const tag = node.tagName.toUpperCase();
    if (!INLINE.has(tag) && !INVISIBLE.has(tag)) boundary = true;
    if (isSkipped(node)) return FILTER_REJECT;
    if (node.shadowRoot && onShadowRoot) onShadowRoot(node.shadowRoot);
    return FILTER_ACCEPT;
  };
  for (const root of roots) {
    const doc = root.ownerDocument ?? (root as Document);
    if (isElement(root) && accept(root) === FILTER_REJECT) continue;
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, { acceptNode: accept });
    for (let node: Node | null = isText(root) ? root : walker.nextNode(); node; node = walker.nextNode()) {
      if (!isText(node) || node.data.length === 0) continue;
      const block = blockOf(node);
      if (!current || boundary || block !== currentBlock) {
        if (current && /\S/.test(current.text)) yield current;
        current = { text: '', nodes: [], starts: [] };
        currentBlock = block;
        boundary = false;
      }
      current.starts.push(current.text.length);
      current.nodes.push(node);
      current.text += node.data;
      if (isText(root)) break;
    }
  }
  if (current && /\S/.test(current.text)) yield current;
}

/** The text blocks under `root`, in document order. */
export function collectBlocks(root: Node): TextBlock[] {
  return [...walkBlocks([root])];
}

/**
 * The smallest run of nodes whose blocks contain `node`: the node's block-level ancestor's
 * contiguous inline children around it, or the node itself when it is a block element. Re-reading
 * this run after a change is enough; the rest of the page keeps its annotations.
 */
export function runAround(node: Node): Node[] {
  let child = node;
  while (child.parentNode && isElement(child.parentNode) && INLINE.has(child.parentNode.tagName.toUpperCase())) child = child.parentNode;
  if (!isInlineNode(child)) return [child];
  let first = child;
  while (first.previousSibling && isInlineNode(first.previousSibling)) first = first.previousSibling;
  const run: Node[] = [];
  for (let n: Node | null = first; n && (n === first || isInlineNode(n)); n = n.nextSibling) run.push(n);
  return run;
}

/** The node and offset of code unit `index` in a block (for a range end, pass `end - 1` and add one). */
export function locate(block: TextBlock, index: number): { node: Text; offset: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (block.starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo]!, offset: index - block.starts[lo]! };
}
