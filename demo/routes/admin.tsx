import { useDemoTranslation } from '../i18n.js';
import { Placeholder } from '../layout/Placeholder.js';
import type { DemoStrings } from '../strings.js';

type AdminSection = 'adminOverview' | 'adminPages' | 'adminHome' | 'adminLayout' | 'adminScripts' | 'adminCatalog';

/** The admin screens; each becomes its editor from `helpdesk-portal-kit/admin` once it lands. */
export function AdminRoute({ section }: { section: AdminSection }) {
  const { t } = useDemoTranslation();
  const title: keyof DemoStrings = `${section}Title`;
  const body: keyof DemoStrings = `${section}Body`;
  return (
    <Placeholder title={t(title)}>
      <p>{t(body)}</p>
    </Placeholder>
  );
}
