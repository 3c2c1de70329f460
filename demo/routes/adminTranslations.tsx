import { TranslationStatus, type TranslationRecord } from '../../src/admin/index.js';
import { demoLanguages } from '../settings.js';
import { AdminScreen } from './admin.js';

/** Where each kind of record is edited in the demo's admin area. */
function editorHref(record: TranslationRecord): string {
  switch (record.kind) {
    case 'custom-page':
      return `/admin/pages/${encodeURIComponent(record.id)}`;
    case 'home-block':
      return '/admin/home';
    case 'catalog-category':
    case 'catalog-item':
      return '/admin/catalog';
    case 'layout':
      return '/admin/layout';
  }
}

/**
 * `/admin/translations`: how far each of the demo's languages is translated, with a link from
 * every record to its editor. The pseudo-locale is a testing aid, not a content language, so it
 * is not listed here.
 */
export function AdminTranslationsRoute() {
  return (
    <AdminScreen section="adminTranslations">
      <TranslationStatus languages={demoLanguages} getRecordHref={editorHref} />
    </AdminScreen>
  );
}
