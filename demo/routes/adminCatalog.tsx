import { styled } from 'styled-components';
import { CatalogCategoryAdmin, CatalogItemAdmin } from '../../src/admin/index.js';
import { AdminScreen } from './admin.js';

const Stack = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xl};
`;

const languages = ['en', 'de', 'fr', 'ar'];

/**
 * The service catalog admin: the category tree above the item list. Both editors are on one
 * screen and a router holds one navigation blocker at a time, so only leaving the tab is guarded.
 */
export function AdminCatalogRoute() {
  return (
    <AdminScreen section="adminCatalog">
      <Stack>
        <CatalogCategoryAdmin availableLanguages={languages} initialLanguages={['en', 'de']} />
        <CatalogItemAdmin availableLanguages={languages} initialLanguages={['en', 'de']} />
      </Stack>
    </AdminScreen>
  );
}
