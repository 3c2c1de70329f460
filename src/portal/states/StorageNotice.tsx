import type { ComponentProps } from 'react';
import { useStoragePersistence } from '../../data/PortalDataProvider.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { NoticeRoot, StateText, StateTitle } from './states.styles.js';

const NAME = 'StorageNotice';

export type StorageNoticeProps = ComponentProps<'div'>;

/**
 * Tells the user that nothing they change will be kept, when the browser store had to fall back
 * to memory (IndexedDB unavailable, e.g. in some private windows). Renders nothing otherwise.
 * `PortalProvider` shows it above the portal when given such adapters.
 */
export function StorageNotice(props: StorageNoticeProps) {
  const { t } = usePortalTranslation();
  const persistence = useStoragePersistence();
  if (persistence.mode !== 'memory') return null;
  return (
    <NoticeRoot role="status" data-slot="storage-notice" data-state={persistence.mode} {...props}>
      <StateTitle data-slot="storage-notice-title">{t('data.storageMemoryTitle')}</StateTitle>
      <StateText data-slot="storage-notice-description">{t('data.storageMemory')}</StateText>
    </NoticeRoot>
  );
}
StorageNotice.displayName = NAME;
