// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks, locate } from '@/entrypoints/content/text-blocks';

function blocksOf(html: string) {
  document.body.innerHTML = html;
  return collectBlocks(document.body).map((b) => b.text.replace(/\s+/g, ''));
}

describe('collectBlocks', () => {
  it('joins text split across inline elements into one block', () => {
    expect(blocksOf('<p>打出“<em>五战</em><a href="#">双强</a>”行动</p>')).toEqual(['打出“五战双强”行动']);
  });

  it('keeps paragraphs, list items and cells apart', () => {
    expect(blocksOf('<p>五战</p><p>双强</p><ul><li>一</li><li>二</li></ul><table><tr><td>甲</td><td>乙</td></tr></table>')).toEqual([
      '五战',
      '双强',
      '一',
      '二',
      '甲',
      '乙',
    ]);
  });

  it('separates text before and after a nested block', () => {
    expect(blocksOf('<div>前文<p>段落</p>后文</div>')).toEqual(['前文', '段落', '后文']);
  });

  it('skips scripts, styles, form fields and editable regions', () => {
    const html =
      '<p>正文</p><script>var 八八战略 = 1;</script><style>p{}</style><textarea>八八战略</textarea>' +
      '<div contenteditable="true">八八战略</div>';
    expect(blocksOf(html)).toEqual(['正文']);
  });

  it('locates a block offset in its text node', () => {
    document.body.innerHTML = '<p>打出<em>五战</em>双强</p>';
    const [block] = collectBlocks(document.body);
    const { node, offset } = locate(block!, 3);
    expect(node.data).toBe('五战');
    expect(offset).toBe(1);
  });
});
