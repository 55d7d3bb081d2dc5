import { describe, expect, test } from 'vitest';
import { searchDocument, splitWords } from '../../src/site/search-document.ts';

const page = (main: string, head = '<title>通道 - 报告</title>') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${head}<style>main { color: red }</style></head>` +
  `<body><header class="site-header no-search"><a href="index.html">站名</a></header>${main}<footer>页脚</footer></body></html>`;

const cut = (main: string) => {
  const document = searchDocument(page(main));
  if (document === undefined) throw new Error('no search document');
  return /<body>(.*)<\/body>/.exec(document)?.[1] ?? '';
};

describe('searchDocument', () => {
  test('keeps the language, the title and the searchable element only', () => {
    const document = searchDocument(
      page('<main id="main" data-pagefind-body><h1>通道</h1><p>正文</p></main>'),
    );
    expect(document).toBe(
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通道 - 报告</title></head>' +
        '<body><main id="main" data-pagefind-body><h1>通道</h1><p>正文</p></main></body></html>',
    );
  });

  test('a page without data-pagefind-body is not searchable', () => {
    expect(searchDocument(page('<main id="main"><h1>搜索</h1></main>'))).toBeUndefined();
  });

  test('charts, numeric cells and what is marked not to be searched are cut, content and all', () => {
    const main = [
      '<main data-pagefind-body>',
      '<figure class="chart"><figcaption>图 1　各校</figcaption>',
      '<div class="chart-image no-search"><svg><svg><text>内层</text></svg><text>0.517</text></svg></div>',
      '<details class="no-search"><summary>查看图表数据</summary><table><tr><td>数据表</td></tr></table></details>',
      '</figure>',
      '<table><caption>差异系数</caption><tr><th scope="row">城区第一小学</th><td class="num">0.517</td>',
      '<td class="pass">达到</td><td class="num fail">相差 1 间</td></tr></table>',
      '<ul class="cards" data-pagefind-ignore><li><div>达标 10/32 项</div></li></ul>',
      '<svg/><p title="a > b">说明</p><!-- <svg> 注释 --><script>var x = "</p>";</script>',
      '</main>',
    ].join('');
    expect(cut(main)).toBe(
      '<main data-pagefind-body><figure class="chart"><figcaption>图 1　各校</figcaption></figure>' +
        '<table><caption>差异系数</caption><tr><th scope="row">城区第一小学</th>' +
        '<td class="pass">达到</td></tr></table><p title="a > b">说明</p><!-- <svg> 注释 --></main>',
    );
  });

  test('a changed number in a numeric cell leaves the document as it was; a changed word does not', () => {
    const table = (value: string, name: string) =>
      `<main data-pagefind-body><table><tr><th scope="row">${name}</th><td class="num">${value}</td></tr></table></main>`;
    expect(searchDocument(page(table('0.517', '城区第一小学')))).toBe(
      searchDocument(page(table('0.523', '城区第一小学'))),
    );
    expect(searchDocument(page(table('0.517', '城区第一小学')))).not.toBe(
      searchDocument(page(table('0.517', '城区第二小学'))),
    );
  });

  test('on a page of tables of every school, no table cell is searched: captions, headings, row names are', () => {
    const table =
      '<table><caption>各校差距</caption><tr><th scope="col">学校</th><th scope="col">还差多少</th></tr>' +
      '<tr><th scope="row">城区第一小学</th><td>生均教学及辅助用房面积：差 3018.4 ㎡</td><td class="fail">未达到</td></tr></table>';
    const document = searchDocument(
      page(`<main data-pagefind-body data-search-cells="none">${table}</main>`),
    );
    expect(/<body>(.*)<\/body>/.exec(document ?? '')?.[1]).toBe(
      '<main data-pagefind-body data-search-cells="none"><table><caption>各校差距</caption>' +
        '<tr><th scope="col">学校</th><th scope="col">还差多少</th></tr><tr><th scope="row">城区第一小学</th></tr></table></main>',
    );
    expect(cut(`<main data-pagefind-body>${table}</main>`)).toContain('差 3018.4 ㎡');
  });

  test('the searchable element may hold elements of its own name', () => {
    expect(
      cut(
        '<div data-pagefind-body><div>甲</div><div class="no-search"><div>乙</div></div>丙</div><div>外</div>',
      ),
    ).toBe('<div data-pagefind-body><div>甲</div>丙</div>');
  });
});

describe('splitWords', () => {
  const words = (text: string) =>
    Array.from(
      new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text),
      (part) => part.segment,
    ).join(' ');

  test('the text is cut into words as a browser cuts a query; tags and attributes are not', () => {
    const document =
      '<body><main data-pagefind-body><h1 class="title">封丘县2020年测算数据</h1><p>为化解大班额，新建学校。</p>' +
      '<li><span data-pagefind-weight="10">乡村第十教学点</span>（教学点）</li></main></body>';
    expect(splitWords(document)).toBe(
      `<body><main data-pagefind-body><h1 class="title">${words('封丘县2020年测算数据')}</h1>` +
        `<p>${words('为化解大班额，新建学校。')}</p>` +
        `<li><span data-pagefind-weight="10">${words('乡村第十教学点')}</span>${words('（教学点）')}</li></main></body>`,
    );
    expect(words('乡村第十教学点')).toContain(' ');
  });

  test('a value given in data-pagefind-meta is cut too; character references stay whole', () => {
    const document =
      '<details data-pagefind-meta="schools:城区第一小学、&lt;b&gt;学校"><summary>学校</summary></details>' +
      '<h2>A&amp;B 学校</h2>';
    const expected =
      `<details data-pagefind-meta="schools:${words('城区第一小学、')} &lt; ${words('b')} &gt; ${words('学校')}">` +
      `<summary>学校</summary></details><h2>${words('A')} &amp; ${words('B 学校')}</h2>`;
    expect(splitWords(document)).toBe(expected.replace(/ +/g, ' '));
  });
});
