import { useEffect } from 'react';
import { HomePage } from '../../src/index.js';
import { useDemoTranslation } from '../i18n.js';

// The home page's route is part of the first load (and rendered into the built index.html, see
// prerender.tsx); the other portal pages (pages.tsx, catalog.tsx) load when first visited.

/** `/`: the home page the admin configured, read from the demo's store. */
export function HomeRoute() {
  const { t } = useDemoTranslation();
  useEffect(() => {
    document.title = `${t('homeTitle')} · ${t('brand')}`;
  }, [t]);
  return <HomePage />;
}
