import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DocumentTitle } from '../../../src/portal/NotFound/DocumentTitle.js';

// React 19 hoists a <title> rendered anywhere into <head>.
const titles = () => [...document.head.querySelectorAll('title')].map((title) => title.textContent);

describe('DocumentTitle', () => {
  it('sets the tab title as is when allowed, and takes it away on unmount', () => {
    const { unmount } = render(<DocumentTitle title="Opening hours" option />);
    expect(titles()).toEqual(['Opening hours']);
    expect(document.title).toBe('Opening hours');
    unmount();
    expect(titles()).toEqual([]);
  });

  it('formats the title with the host’s function', () => {
    const { unmount } = render(<DocumentTitle title="Opening hours" option={(title) => `${title} · Brightpath Service Desk`} />);
    expect(document.title).toBe('Opening hours · Brightpath Service Desk');
    unmount();
  });

  it('follows a new title', () => {
    const { rerender, unmount } = render(<DocumentTitle title="Opening hours" option />);
    rerender(<DocumentTitle title="Page not found" option />);
    expect(titles()).toEqual(['Page not found']);
    unmount();
  });

  it('leaves the host’s title alone unless allowed', () => {
    document.title = 'Host app';
    render(<DocumentTitle title="Opening hours" option={false} />);
    render(<DocumentTitle title="Opening hours" option={undefined} />);
    expect(document.title).toBe('Host app');
    expect(titles()).toEqual(['Host app']);
  });

  it('is part of the server-rendered HTML, escaped', () => {
    expect(renderToString(<DocumentTitle title={'Fish & <chips>'} option />)).toBe('<title>Fish &amp; &lt;chips&gt;</title>');
    expect(renderToString(<DocumentTitle title="Opening hours" option={false} />)).toBe('');
  });
});
