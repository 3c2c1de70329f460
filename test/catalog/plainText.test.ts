import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../src/catalog/index.js';
import { htmlToSearchText } from '../../src/catalog/plainText.js';

describe('htmlToPlainText', () => {
  it('keeps the words a reader sees, separated where blocks break', () => {
    expect(htmlToPlainText('<h2>Title</h2><p>One&nbsp;<b>bold</b> word</p><ul><li>a</li><li>b</li></ul>')).toBe('Title One bold word a b');
  });

  it('does not split a word around inline markup', () => {
    expect(htmlToPlainText('<p>lap<em>top</em></p>')).toBe('laptop');
  });

  it('leaves out scripts, styles and comments, and decodes entities', () => {
    expect(htmlToPlainText('<script>alert(1)</script><style>p{}</style><!-- note --><p>Fish &amp; chips &#233;t&#xE9; &lt;b&gt;</p>')).toBe(
      'Fish & chips été <b>',
    );
  });
});

describe('htmlToSearchText', () => {
  it('gives the same words as htmlToPlainText, for indexing', () => {
    const html = '<h2>Title</h2><p>lap<em>top</em>&nbsp;<a href="x">bag</a></p><script>evil()</script>';
    expect(htmlToSearchText(html).split(/\s+/).filter(Boolean)).toEqual(htmlToPlainText(html).split(' '));
  });
});
