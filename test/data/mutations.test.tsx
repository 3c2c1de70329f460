import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserAdapters, createMemoryAdapters, type CompletePortalAdapters } from '../../src/adapters/index.js';
import { createPortalQueryClient, useCustomPage, useSaveCustomPage } from '../../src/data/index.js';
import { DataState, ErrorState } from '../../src/portal/states/index.js';
import type { CustomPage } from '../../src/model/index.js';
import { renderPortal } from '../render.js';

/** A minimal editor: its input is local state, as in the real editors. */
function TitleEditor({ page }: { page: CustomPage }) {
  const [title, setTitle] = useState(page.content.en?.title ?? '');
  const save = useSaveCustomPage();
  const { id, version, updatedAt: _updatedAt, ...data } = page;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ id, previousVersion: version, data: { ...data, content: { ...data.content, en: { title, body: data.content.en?.body ?? '' } } } }).catch(() => undefined);
      }}
    >
      <label>
        Title
        <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <button type="submit">Save</button>
      {save.status === 'success' ? <p role="status">Saved version {save.data?.version}</p> : null}
      {save.error ? <ErrorState error={save.error} /> : null}
    </form>
  );
}

function Editor() {
  const result = useCustomPage({ slug: 'opening-hours', audience: 'admin' });
  return <DataState result={result}>{(page) => <TitleEditor page={page} />}</DataState>;
}

function Preview() {
  const result = useCustomPage({ slug: 'opening-hours' });
  return <DataState result={result}>{(page) => <h2>{page.content.en?.title}</h2>}</DataState>;
}

const render = (adapters: CompletePortalAdapters) =>
  renderPortal(
    <>
      <Editor />
      <Preview />
    </>,
    { provider: { adapters, queryClient: createPortalQueryClient() } },
  );

async function typeTitle(title: string) {
  const input = await screen.findByRole('textbox', { name: 'Title' });
  await userEvent.clear(input);
  await userEvent.type(input, title);
  return input;
}

describe('writes through the data hooks', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refreshes the preview after a save', async () => {
    render(createMemoryAdapters());
    await typeTitle('Opening hours in winter');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Opening hours in winter' })).toBeInTheDocument();
  });

  it('keeps the input and shows the error when the store is unavailable, and saves on the next try', async () => {
    const adapters = createMemoryAdapters();
    render(adapters);
    const input = await typeTitle('Unsaved change');
    adapters.control.failNext(1, 'unavailable', { methods: ['update'] });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The service is unavailable right now.');
    expect(input).toHaveValue('Unsaved change');
    expect(screen.getByRole('heading', { name: 'Opening hours' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Saved version \d+/);
  });

  it('keeps the input when the browser’s storage is full (stubbed quota failure)', async () => {
    const adapters = createBrowserAdapters({ databaseName: 'mutations-quota' });
    await adapters.ready;
    render(adapters);
    const input = await typeTitle('Too much data');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The service is unavailable right now.');
    expect(input).toHaveValue('Too much data');
    adapters.close();
  });

  it('reports a conflict when someone saved first, keeping the input', async () => {
    const adapters = createMemoryAdapters();
    render(adapters);
    const input = await typeTitle('My edit');
    // As if another admin saved in between and this tab had not heard of it yet.
    adapters.control.failNext(1, 'conflict', { methods: ['update'] });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this in the meantime.');
    expect(input).toHaveValue('My edit');
  });
});
