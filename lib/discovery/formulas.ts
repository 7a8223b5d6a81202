/**
 * Numbered formulas: a count and what is counted, coined as a name (两个确立, 八大课题, “1+N”,
 * “132”). Counting is also ordinary grammar (两个小时, 相机有三个镜头), so an unquoted count is a
 * formula only when the text treats it as one: the counted noun is quoted (三个“一号工程”), the
 * items are spelled out right after it (三个结合，即…), or they were listed just before it, as many
 * as the count says (五金产业转型升级、城市更新两大重点).
 */
import { DIGIT_CODE, isHan } from './chars';
import { quoteBoundaries, type QuoteMark } from './quotes';
import { signal, type Signal } from './span';

/** Plus-codes stand out anywhere (1+N, 4+1, 1+1+N; folded text is lower case); arithmetic does not. */
const PLUS_CODE = /(?<![\d.+=])\d+(?:\+(?:\d+|[a-z](?![a-z])))+(?![\d+=])/g;

/**
 * A quoted phrase led by a number used as a formula: a code (“1345”), a number followed by another
 * number or a formula classifier (“八八战略”, “十四五”, “三大差距”, “五比五看”), not a plain count
 * (“一碗面两种浇头”).
 */
const NUMBER_LED = /^(?:\d|[一二两三四五六七八九十百千万双][一二两三四五六七八九十百千万双个大项条张化战抓比看促保号])/;

/** Two to ninety-nine, then a classifier that coins formulas. 一 is left out: 一个 is the indefinite article. */
const COUNTED = /([二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九])[个大项条张化]/g;

/**
 * Before the count, these make it an ordinal (第三个; 党的二十大, a congress), a reference back
 * (这八项), an estimate or part of a larger number.
 */
const NOT_BEFORE = /[\d一二两三四五六七八九十百千万第的这那每各前后头几近其约余多整另]/;

/** What spells the items out after the formula: 三个确保，即…; 两大任务：… */
const SPELLED_OUT = /^,?(?:即|:|包括|分别是)/;

/** Function characters that end the counted noun (两个确立的…, 五大行动和…). */
const FUNCTION_CHARS = new Set([...'的和与及为是等中上在要了即就这都也并对以着把将']);

const DIGITS = new Map([...'一二三四五六七八九'].map((c, i) => [c, i + 1] as const)).set('两', 2);

/** Generic nouns a text may still spell out after a count (分为三个步骤：…): not formulas. */
const GENERIC_NOUNS = ['步骤', '方面', '部分', '阶段', '问题', '原因', '方法', '办法', '项目', '小时', '月', '年', '天', '人'];

const MAX_NOUN = 4;

export function numberedFormulas(text: string, marks: readonly QuoteMark[], quoted: readonly Signal[]): Signal[] {
  const found = new Map<string, Signal>();
  const add = (start: number, end: number) => found.set(`${start}:${end}`, signal('formula', text, start, end));
  for (const q of quoted) {
    if (NUMBER_LED.test(q.text) && (DIGIT_CODE.test(q.text) || /[^\d.%]/.test(q.text))) add(q.start, q.end);
  }
  for (const m of text.matchAll(PLUS_CODE)) add(m.index, m.index + m[0].length);
  const bounds = quoteBoundaries(marks);
  for (const m of text.matchAll(COUNTED)) {
    if (NOT_BEFORE.test(text[m.index - 1] ?? '')) continue;
    const nounStart = m.index + m[0].length;
    const nounEnd = countedNounEnd(text, nounStart, bounds);
    if (nounEnd < 0 || GENERIC_NOUNS.some((g) => text.startsWith(g, nounStart))) continue;
    const marked =
      bounds.has(nounStart) ||
      SPELLED_OUT.test(text.slice(nounEnd, nounEnd + 3)) ||
      listedBefore(text, m.index) === numeralValue(m[1]!);
    if (marked) add(m.index, nounEnd);
  }
  return [...found.values()];
}

/**
 * Where the counted noun ends: within four characters, at a quotation mark, punctuation or the
 * end, or (after at least two characters) at a function character. -1 when it runs on: the detector
 * cannot tell where an unbounded noun stops, so it reports nothing rather than a guess.
 */
function countedNounEnd(text: string, start: number, bounds: ReadonlySet<number>): number {
  for (let end = start + 1; end <= start + MAX_NOUN && end <= text.length; end++) {
    if (!isHan(text.charCodeAt(end - 1))) return -1;
    const length = end - start;
    const hard = end === text.length || bounds.has(end) || !isHan(text.charCodeAt(end));
    const soft = length >= 2 && FUNCTION_CHARS.has(text[end]!);
    if (!hard && !soft) continue;
    // A one-character noun is a formula only as a count of a count (三个一).
    return length >= 2 || DIGITS.has(text[start]!) ? end : -1;
  }
  return -1;
}

/** How many 、-separated items run up to `at` within the clause (0 when there is no list). */
function listedBefore(text: string, at: number): number {
  let separators = 0;
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '、') separators++;
    else if (!isHan(ch.charCodeAt(0))) break;
  }
  return separators > 0 ? separators + 1 : 0;
}

/** 两 → 2, 五 → 5, 十二 → 12, 三十 → 30. */
function numeralValue(numeral: string): number {
  const ten = numeral.indexOf('十');
  if (ten < 0) return DIGITS.get(numeral) ?? 0;
  const tens = ten === 0 ? 1 : (DIGITS.get(numeral[0]!) ?? 0);
  return tens * 10 + (DIGITS.get(numeral[ten + 1] ?? '') ?? 0);
}
