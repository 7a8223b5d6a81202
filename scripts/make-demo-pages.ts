/**
 * Turns the seed corpus into demo news pages (demo/pages/*.html): the OCR line breaks are joined,
 * sentences are grouped into paragraphs, and some quotations and names get inline markup (<em>,
 * <a>, <strong>) so that terms run across elements, as on real news sites. Every page carries the
 * whole text of its corpus file and nothing else outside the elements marked data-chrome.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from './glossary-sources';

const OUT = 'demo/pages';

/** Headlines written for the demo (the OCR text has none that survive intact). */
const HEADLINES: Record<string, string> = {
  '000': '金华市领导来永康征求政府工作报告意见',
  '001': '绘蓝图 明任务 聚共识 擂战鼓',
  '002': '市政府召开常务会议部署近期工作',
  '003': '元宵佳节系列活动走进市图书馆',
  '004': '人大代表视察职业技能教育',
};

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Sentences end at 。！？ and any closing quotation marks right after them. */
function sentences(text: string): string[] {
  return text.match(/[^。！？!?]+(?:[。！？!?]+[”’」』]*|$)/g) ?? [];
}

function paragraphs(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences(text)) {
    if (sentence.startsWith('本报讯') && current) {
      out.push(current);
      current = '';
    }
    current += sentence;
    if (current.length > 160) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

/** Deterministic inline markup: quoted phrases alternate between <em> and links; names get <strong>. */
function markup(paragraph: string, index: number): string {
  let quote = 0;
  return escape(paragraph)
    .replace(/“([^“”]{2,16})”/g, (_all, inner: string) => {
      quote++;
      if ((index + quote) % 3 === 0) return `“<em>${inner}</em>”`;
      if ((index + quote) % 3 === 1) return `“<a href="#topic-${quote}">${inner}</a>”`;
      return `“${inner}”`;
    })
    .replace(/习近平总书记/g, '<strong>习近平总书记</strong>')
    .replace(/永康/g, (name) => (index % 4 === 1 ? `<a href="#city">${name}</a>` : name));
}

function page(key: string, file: string, text: string): string {
  const body = paragraphs(text.replace(/\s+/g, ''))
    .map((p, i) => `      <p>${markup(p, i)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="tifa-corpus" content="${file}" />
    <title>${HEADLINES[key] ?? file} - 永康日报</title>
    <link rel="stylesheet" href="news.css" />
  </head>
  <body>
    <header class="masthead" data-chrome>
      <a class="paper" href="index.html">永康日报</a>
      <nav><a href="index.html">首页</a> <a href="#">要闻</a> <a href="#">时政</a> <a href="#">社会</a></nav>
    </header>
    <article>
      <h1 data-chrome>${escape(HEADLINES[key] ?? file)}</h1>
      <p class="byline" data-chrome>演示页面 · 正文取自 seeds/corpus/${file}</p>
${body}
    </article>
  </body>
</html>
`;
}

const links: string[] = [];
for (const { file, text } of readCorpus()) {
  const key = file.slice(0, 3);
  const name = `yongkang-daily-${key}.html`;
  writeFileSync(join(OUT, name), page(key, file, text));
  links.push(`      <li><a href="${name}">${escape(HEADLINES[key] ?? file)}</a></li>`);
}
writeFileSync(
  join(OUT, 'index.html'),
  `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>永康日报 · 演示</title>
    <link rel="stylesheet" href="news.css" />
  </head>
  <body>
    <header class="masthead" data-chrome><span class="paper">永康日报</span></header>
    <ul data-chrome>
${links.join('\n')}
    </ul>
  </body>
</html>
`,
);
console.log(`demo pages: ${links.length} written to ${OUT}`);
