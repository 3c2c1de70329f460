import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { createMemoryAdapters, type PortalAdapters, type StoragePersistence } from '../../../src/adapters/index.js';
import { PortalProvider } from '../../../src/portal/PortalProvider/index.js';
import { StorageNotice } from '../../../src/portal/states/index.js';
import { CustomPageTitle } from '../../fixtures/DataConsumers.js';

/** Memory adapters that report what the browser store reports when IndexedDB is refused. */
function FallbackPortal({ language = 'en', mode = 'memory' }: { language?: string; mode?: StoragePersistence['mode'] }) {
  const [adapters] = useState<PortalAdapters>(() => {
    const snapshot: StoragePersistence = mode === 'memory' ? { mode, reason: 'denied' } : { mode };
    return { ...createMemoryAdapters(), persistence: { getSnapshot: () => snapshot, subscribe: () => () => undefined } };
  });
  return (
    <PortalProvider language={language} adapters={adapters}>
      <CustomPageTitle slug="opening-hours" />
    </PortalProvider>
  );
}

const meta = {
  title: 'Portal/States/StorageNotice',
  component: StorageNotice,
} satisfies Meta<typeof StorageNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The browser refused storage (a private window): the portal says changes are not kept. */
export const MemoryFallback: Story = { render: () => <FallbackPortal /> };

/** The same in Arabic. */
export const MemoryFallbackArabic: Story = { render: () => <FallbackPortal language="ar" /> };

/** Data is persisted: no notice. */
export const Persistent: Story = { render: () => <FallbackPortal mode="persistent" /> };
