import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { createBrowserAdapters } from '../../src/adapters/index.js';
import { LayoutEditor, ScriptSettingsEditor } from '../../src/admin/index.js';
import { PortalDataProvider } from '../../src/data/index.js';
import { useDemoTranslation } from '../i18n.js';
import { Placeholder } from '../layout/Placeholder.js';
import type { DemoStrings } from '../strings.js';

type AdminSection = 'adminOverview' | 'adminPages' | 'adminHome' | 'adminLayout' | 'adminScripts' | 'adminCatalog';

/**
 * The layout and scripts editors on the browser store (IndexedDB, shared with the portal tab).
 * Until the demo's provider carries adapters for every screen, these two bring their own.
 */
function BrowserStore({ children }: { children: ReactNode }) {
  const [adapters] = useState(() => createBrowserAdapters());
  return <PortalDataProvider adapters={adapters}>{children}</PortalDataProvider>;
}

/** The admin screens; each becomes its editor from `helpdesk-portal-kit/admin` once it lands. */
export function AdminRoute({ section }: { section: AdminSection }) {
  const { t } = useDemoTranslation();
  const navigate = useNavigate();
  if (section === 'adminLayout') {
    return (
      <BrowserStore>
        <LayoutEditor onClose={() => void navigate('/admin')} />
      </BrowserStore>
    );
  }
  if (section === 'adminScripts') {
    return (
      <BrowserStore>
        <ScriptSettingsEditor onClose={() => void navigate('/admin')} />
      </BrowserStore>
    );
  }
  const title: keyof DemoStrings = `${section}Title`;
  const body: keyof DemoStrings = `${section}Body`;
  return (
    <Placeholder title={t(title)}>
      <p>{t(body)}</p>
    </Placeholder>
  );
}
