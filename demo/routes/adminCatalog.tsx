import { styled } from 'styled-components';
import { CatalogCategoryAdmin, CatalogItemAdmin } from '../../src/admin/index.js';
import { AdminScreen } from './admin.js';

const Stack = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xl};
`;

const languages = ['en', 'de', 'fr', 'ar'];

/**
 * The service catalog admin: the category tree above the item list. The demo's router is a
 * `BrowserRouter` (no data router, so no `useBlocker`): leaving the tab is still guarded.
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
