/**
 * Realistic local-news HTML from plain corpus text: OCR line breaks joined, sentences grouped into
 * paragraphs, and some quotations and names given inline markup (<em>, <a>, <strong>) so that terms
 * run across elements, as on real news sites. Used for the demo pages and the page benchmark.
 */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Sentences end at 。！？ and any closing quotation marks right after them. */
function sentences(text: string): string[] {
  return text.match(/[^。！？!?]+(?:[。！？!?]+[”’」』]*|$)/g) ?? [];
}

/** Groups sentences into paragraphs of about 160 characters; 本报讯 starts a new article. */
export function paragraphs(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences(text.replace(/\s+/g, ''))) {
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
export function markup(paragraph: string, index: number): string {
  let quote = 0;
  return escapeHtml(paragraph)
    .replace(/“([^“”]{2,16})”/g, (_all, inner: string) => {
      quote++;
      if ((index + quote) % 3 === 0) return `“<em>${inner}</em>”`;
      if ((index + quote) % 3 === 1) return `“<a href="#topic-${quote}">${inner}</a>”`;
      return `“${inner}”`;
    })
    .replace(/习近平总书记/g, '<strong>习近平总书记</strong>')
    .replace(/永康/g, (name) => (index % 4 === 1 ? `<a href="#city">${name}</a>` : name));
}

export interface NewsPage {
  title: string;
  /** The corpus file the text comes from, named in a meta tag for the tests. */
  source: string;
  text: string;
}

/** A whole page: masthead and headline (marked data-chrome), then the article's paragraphs. */
export function newsPage({ title, source, text }: NewsPage): string {
  const body = paragraphs(text)
    .map((p, i) => `      <p>${markup(p, i)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="tifa-corpus" content="${escapeHtml(source)}" />
    <title>${escapeHtml(title)} - 永康日报</title>
    <link rel="stylesheet" href="news.css" />
  </head>
  <body>
    <header class="masthead" data-chrome>
      <a class="paper" href="index.html">永康日报</a>
      <nav><a href="index.html">首页</a> <a href="#">要闻</a> <a href="#">时政</a> <a href="#">社会</a></nav>
    </header>
    <article>
      <h1 data-chrome>${escapeHtml(title)}</h1>
      <p class="byline" data-chrome>演示页面 · 正文取自 seeds/corpus/${escapeHtml(source)}</p>
${body}
    </article>
  </body>
</html>
`;
}
