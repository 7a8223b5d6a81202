/**
 * Turns the seed corpus into demo news pages (demo/pages/*.html, see demo/news-html.ts). Every page
 * carries the whole text of its corpus file and nothing else outside the elements marked data-chrome.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from './glossary-sources';
import { escapeHtml, newsPage } from '../demo/news-html';

const OUT = 'demo/pages';

/** Headlines written for the demo (the OCR text has none that survive intact). */
const HEADLINES: Record<string, string> = {
  '000': '金华市领导来永康征求政府工作报告意见',
  '001': '绘蓝图 明任务 聚共识 擂战鼓',
  '002': '市政府召开常务会议部署近期工作',
  '003': '元宵佳节系列活动走进市图书馆',
  '004': '人大代表视察职业技能教育',
};

const links: string[] = [];
for (const { file, text } of readCorpus()) {
  const key = file.slice(0, 3);
  const name = `yongkang-daily-${key}.html`;
  writeFileSync(join(OUT, name), newsPage({ title: HEADLINES[key] ?? file, source: file, text }));
  links.push(`      <li><a href="${name}">${escapeHtml(HEADLINES[key] ?? file)}</a></li>`);
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
