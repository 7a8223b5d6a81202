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

/** Collects the text blocks under `root`, in document order. */
export function collectBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  // Set when an element that is not inline text (a paragraph, an image, an input) is passed.
  let boundary = true;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (node) => {
      if (!isElement(node)) return FILTER_ACCEPT;
      const tag = node.tagName.toUpperCase();
      if (!INLINE.has(tag) && !INVISIBLE.has(tag)) boundary = true;
      return isSkipped(node) ? FILTER_REJECT : FILTER_ACCEPT;
    },
  });
  let current: TextBlock | undefined;
  let currentBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isText(node) || node.data.length === 0) continue;
    const block = blockOf(node);
    if (!current || boundary || block !== currentBlock) {
      current = { text: '', nodes: [], starts: [] };
      blocks.push(current);
      currentBlock = block;
      boundary = false;
    }
    current.starts.push(current.text.length);
    current.nodes.push(node);
    current.text += node.data;
  }
  return blocks.filter((b) => /\S/.test(b.text));
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
