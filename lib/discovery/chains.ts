/**
 * Parallel chains: phrases of one length joined by 、 or ， that share a frame of fixed characters
 * around changing ones (以日保周、以周保旬、以旬保月、以月保季; 干字为先、落实为要). Ordinary lists
 * share at most a head or a prefix (猪肉、牛肉; 指标体系、政策体系; 红烧肉、红烧鱼), so a chain's
 * frame must alternate fixed and changing positions at least twice (fixed–changing–fixed or
 * changing–fixed–changing). Two items can share a character by chance, so a pair needs a fixed
 * position for every four characters (干字为先、落实为要; not 经济发展稳中有进、产业转型扎实有力).
 */
import { isHan, JOB_TITLE } from './chars';
import { quoteBoundaries, type QuoteMark } from './quotes';
import { signal, type Signal } from './span';

const SEPARATORS = new Set(['、', ',']);
const MIN_ITEM = 3;
const MAX_ITEM = 8;
/** Characters too common to make a frame on their own. */
const WEAK = new Set([...'的之和与及或了']);
/** Where a phrase may stop inside a longer run of Han characters: 颂廉的浓厚氛围, 营商环境提级五大行动. */
const STOP_AFTER = new Set([...'的地得之和与及等两二三四五六七八九十']);

interface Item {
  start: number;
  end: number;
}

export function parallelChains(text: string, marks: readonly QuoteMark[]): Signal[] {
  const bounds = quoteBoundaries(marks);
  const found: Signal[] = [];
  for (const group of linkedRuns(text)) {
    let i = 0;
    while (i < group.length - 1) {
      const chain = longestChain(text, group, i, bounds);
      if (chain) {
        found.push(signal('chain', text, chain.start, chain.end));
        i = chain.last;
      } else {
        i++;
      }
    }
  }
  return found;
}

/** Maximal runs of Han characters, grouped where one separator character joins run to run. */
function linkedRuns(text: string): Item[][] {
  const groups: Item[][] = [];
  let group: Item[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isHan(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isHan(text.charCodeAt(i))) i++;
    const previous = group.at(-1);
    if (previous && !(start === previous.end + 1 && SEPARATORS.has(text[previous.end]!))) {
      if (group.length > 1) groups.push(group);
      group = [];
    }
    group.push({ start, end: i });
  }
  if (group.length > 1) groups.push(group);
  return groups;
}

/**
 * The longest chain starting at item `first`. Its length is set by the second item; the first item
 * may carry a lead-in (坚持以日保周), which is trimmed off, and the last a continuation, trimmed
 * off only where it visibly ends: at a quotation mark, a particle (颂廉的…) or a count (…五大行动).
 * A list of job titles (市委常委、市纪委书记、市监委主任) is not a chain.
 */
function longestChain(text: string, group: readonly Item[], first: number, bounds: ReadonlySet<number>) {
  const second = group[first + 1]!;
  const length = second.end - second.start;
  if (length < MIN_ITEM || length > MAX_ITEM) return undefined;
  const head = trimStart(group[first]!, length, bounds);
  if (!head) return undefined;
  const items = [head];
  let last = first;
  for (let j = first + 1; j < group.length; j++) {
    const run = group[j]!;
    const full = run.end - run.start === length;
    const item = full ? run : trimEnd(text, run, length, bounds);
    if (!item || frame(text, [...items, item]).blocks < 3) break;
    items.push(item);
    last = j;
    if (!full) break;
  }
  const separators = new Set(group.slice(first, last).map((run) => text[run.end]));
  const pairs = items.length === 2 && length >= 4 && !separators.has(',') && frame(text, items).fixed * 4 >= length;
  const enough = items.length >= 3 || pairs;
  const titles = items.every((it) => JOB_TITLE.test(text.slice(it.start, it.end)));
  if (!enough || titles || items.some((it) => text[it.start] === '第')) return undefined;
  return { start: head.start, end: items.at(-1)!.end, last };
}

function trimStart(run: Item, length: number, bounds: ReadonlySet<number>): Item | undefined {
  const start = run.end - length;
  if (start < run.start) return undefined;
  for (let k = start + 1; k < run.end; k++) if (bounds.has(k)) return undefined;
  return { start, end: run.end };
}

function trimEnd(text: string, run: Item, length: number, bounds: ReadonlySet<number>): Item | undefined {
  const end = run.start + length;
  if (end > run.end || !(bounds.has(end) || STOP_AFTER.has(text[end]!))) return undefined;
  for (let k = run.start + 1; k < end; k++) if (bounds.has(k)) return undefined;
  return { start: run.start, end };
}

/**
 * The frame of equal-length items: how many positions hold the same character in every item, and
 * into how many blocks fixed and changing positions fall (a chain needs at least three).
 */
function frame(text: string, items: readonly Item[]): { fixed: number; blocks: number } {
  const first = items[0]!;
  let fixed = 0;
  let blocks = 0;
  let previous: boolean | undefined;
  for (let p = 0; p < first.end - first.start; p++) {
    const ch = text[first.start + p]!;
    const same = !WEAK.has(ch) && items.every((it) => text[it.start + p] === ch);
    if (same) fixed++;
    if (same !== previous) blocks++;
    previous = same;
  }
  return { fixed, blocks };
}
