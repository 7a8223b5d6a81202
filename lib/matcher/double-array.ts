/**
 * A double-array trie over a dense alphabet: the transition from state s on letter a is
 * t = base[s] + a, valid when check[t] === s. One addition and one comparison per character, with
 * arrays compact enough to be built once per glossary version and sent to every page.
 */

export const NO_STATE = -1;
/** check[] of a free slot. */
const FREE = -1;
const ROOT = 0;

export interface DoubleArray {
  /** Letters in alphabet order: letter index i + 1 is alphabet.charCodeAt(i); 0 is "no letter". */
  alphabet: string;
  base: Int32Array;
  check: Int32Array;
  /** The payload of the key ending at a state, or -1. */
  value: Int32Array;
}

interface Node {
  children: Map<number, Node>;
  value: number;
}

function buildTrie(keys: readonly string[], letterOf: Map<number, number>): Node {
  const root: Node = { children: new Map(), value: NO_STATE };
  keys.forEach((key, payload) => {
    if (key.length === 0) return;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const letter = letterOf.get(key.charCodeAt(i))!;
      let child = node.children.get(letter);
      if (!child) {
        child = { children: new Map(), value: NO_STATE };
        node.children.set(letter, child);
      }
      node = child;
    }
    // A repeated key keeps its first payload.
    if (node.value === NO_STATE) node.value = payload;
  });
  return root;
}

/** Growable base/check/value arrays with a linked list of free slots for fast placement. */
class Slots {
  base = new Int32Array(1024);
  check = new Int32Array(1024).fill(FREE);
  value = new Int32Array(1024).fill(NO_STATE);
  nextFree = new Int32Array(1024);
  prevFree = new Int32Array(1024);
  head = 1;
  used = 1;

  constructor() {
    this.check[ROOT] = ROOT;
    this.link(1, 1024);
  }

  private link(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      this.nextFree[i] = i + 1;
      this.prevFree[i] = i - 1;
    }
  }

  ensure(index: number): void {
    if (index < this.check.length) return;
    let size = this.check.length;
    while (size <= index) size *= 2;
    const grow = (old: Int32Array, fill: number) => {
      const next = new Int32Array(size).fill(fill);
      next.set(old);
      return next;
    };
    const oldSize = this.check.length;
    this.base = grow(this.base, 0);
    this.check = grow(this.check, FREE);
    this.value = grow(this.value, NO_STATE);
    this.nextFree = grow(this.nextFree, 0);
    this.prevFree = grow(this.prevFree, 0);
    this.link(oldSize, size);
  }

  take(index: number, parent: number): void {
    this.ensure(index + 1);
    const next = this.nextFree[index]!;
    const prev = this.prevFree[index]!;
    if (index === this.head) this.head = next;
    else this.nextFree[prev] = next;
    this.prevFree[next] = prev;
    this.check[index] = parent;
    this.used = Math.max(this.used, index + 1);
  }

  /** The smallest base >= 0 at which every letter of `letters` (ascending) lands on a free slot. */
  findBase(letters: readonly number[]): number {
    const first = letters[0]!;
    for (let slot = this.head; ; slot = this.nextFree[slot]!) {
      this.ensure(slot + 1);
      const base = slot - first;
      if (base < 0) continue;
      let fits = true;
      for (let i = 1; i < letters.length; i++) {
        const target = base + letters[i]!;
        this.ensure(target);
        if (this.check[target] !== FREE) {
          fits = false;
          break;
        }
      }
      if (fits) return base;
    }
  }
}

/** Compiles folded keys; `keys[i]` gets payload i. */
export function compileDoubleArray(keys: readonly string[]): DoubleArray {
  const codes = new Set<number>();
  for (const key of keys) for (let i = 0; i < key.length; i++) codes.add(key.charCodeAt(i));
  const alphabet = String.fromCharCode(...[...codes].sort((a, b) => a - b));
  const letterOf = new Map([...alphabet].map((ch, i) => [ch.charCodeAt(0), i + 1]));
  const root = buildTrie(keys, letterOf);

  const slots = new Slots();
  const queue: [Node, number][] = [[root, ROOT]];
  for (let q = 0; q < queue.length; q++) {
    const [node, state] = queue[q]!;
    slots.value[state] = node.value;
    if (node.children.size === 0) continue;
    const letters = [...node.children.keys()].sort((a, b) => a - b);
    const base = slots.findBase(letters);
    slots.base[state] = base;
    for (const letter of letters) {
      slots.take(base + letter, state);
      queue.push([node.children.get(letter)!, base + letter]);
    }
  }
  // Padding by the alphabet size keeps base[s] + letter inside the arrays for any state.
  const size = slots.used + alphabet.length + 1;
  slots.ensure(size);
  return {
    alphabet,
    base: slots.base.slice(0, size),
    check: slots.check.slice(0, size),
    value: slots.value.slice(0, size),
  };
}
