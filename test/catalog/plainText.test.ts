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

  const words = (text: string) => text.split(/\s+/).filter(Boolean);

  it('joins words around inline tags of any case and with attributes, and splits at every other tag', () => {
    expect(words(htmlToSearchText('<P>lap<EM class="x">top</EM ><br/>bag<br>case<li\n>pen<b\tid=1>cil</b></p>'))).toEqual(['laptop', 'bag', 'case', 'pencil']);
  });

  it('leaves out hidden content and comments anywhere in the text, but keeps the text after an unclosed script', () => {
    expect(words(htmlToSearchText('<p>one</p><!-- <b>no</b> --><SCRIPT type="x">evil()</script ><p>two</p><svg><text>hidden</text></svg>'))).toEqual(['one', 'two']);
    expect(words(htmlToSearchText('<p>one</p><script>two'))).toEqual(['one', 'two']);
  });

  it('keeps text without a closing bracket and decodes entities', () => {
    expect(htmlToSearchText('fish &amp; chips <b')).toBe('fish & chips <b');
  });
});
