import { useEffect, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { styled } from 'styled-components';
import { LayoutEditor, ScriptSettingsEditor } from '../../src/admin/index.js';
import { useDemoTranslation } from '../i18n.js';
import { Placeholder } from '../layout/Placeholder.js';
import { useLeaveBlocker } from '../useLeaveBlocker.js';
import type { DemoStrings } from '../strings.js';

type AdminSection = 'adminOverview' | 'adminPages' | 'adminHome' | 'adminLayout' | 'adminScripts' | 'adminCatalog' | 'adminTranslations';

const Title = styled.h1`
  margin-block: 0 ${({ theme }) => theme.space.lg};
  font-size: ${({ theme }) => theme.font.fontSizeXl};
`;

/**
 * The screen's one cell in the admin area's grid (title and editor together): as two grid
 * items the title took the editor's column and the editor wrapped under the side navigation.
 * `min-width: 0` lets a wide editor shrink to the column instead of widening it.
 */
const Screen = styled.div`
  min-width: 0;
`;

/** One admin screen: its title as the page's heading, then the library's editor. */
export function AdminScreen({ section, children }: { section: AdminSection; children: ReactNode }) {
  const { t } = useDemoTranslation();
  const title: keyof DemoStrings = `${section}Title`;
  useEffect(() => {
    document.title = `${t(title)} · ${t('brand')}`;
  }, [t, title]);
  return (
    <Screen data-slot="admin-screen">
      <Title>{t(title)}</Title>
      {children}
    </Screen>
  );
}

/** `/admin`: what the admin area offers. */
export function AdminOverviewRoute() {
  const { t } = useDemoTranslation();
  return (
    <Placeholder title={t('adminOverviewTitle')}>
      <p>{t('adminOverviewBody')}</p>
    </Placeholder>
  );
}

/** `/admin/layout`: look and feel. Editors read the demo's store through `PortalProvider`. */
export function AdminLayoutRoute() {
  const navigate = useNavigate();
  return (
    <AdminScreen section="adminLayout">
      <LayoutEditor useBlocker={useLeaveBlocker} onClose={() => void navigate('/admin')} />
    </AdminScreen>
  );
}

/** `/admin/scripts`: external and inline scripts, and the Content-Security-Policy. */
export function AdminScriptsRoute() {
  const navigate = useNavigate();
  return (
    <AdminScreen section="adminScripts">
      <ScriptSettingsEditor useBlocker={useLeaveBlocker} onClose={() => void navigate('/admin')} />
    </AdminScreen>
  );
}
