import { useNavigate, useParams } from 'react-router';
import { CustomPageEditor, CustomPageList } from '../../src/admin/index.js';
import { AdminScreen } from './admin.js';

const languages = ['en', 'de', 'fr', 'ar'];

/** `/admin/pages`: the custom pages list. */
export function AdminPagesRoute() {
  const navigate = useNavigate();
  return (
    <AdminScreen section="adminPages">
      <CustomPageList
        onAdd={() => void navigate('/admin/pages/new')}
        onEdit={(page) => void navigate(`/admin/pages/${encodeURIComponent(page.id)}`)}
      />
    </AdminScreen>
  );
}

/**
 * `/admin/pages/new` and `/admin/pages/:id`: the page editor. The demo's `BrowserRouter` has no
 * navigation blocker; closing or reloading the tab with unsaved changes is still guarded.
 */
export function AdminPageEditorRoute() {
  const navigate = useNavigate();
  const id = useParams().id;
  return (
    <AdminScreen section="adminPages">
      <CustomPageEditor
      key={id ?? 'new'}
      pageId={id ?? null}
      availableLanguages={languages}
      initialLanguages={['en', 'de']}
      onClose={() => void navigate('/admin/pages')}
      onSaved={(page, { close, created }) => {
        if (close) void navigate('/admin/pages');
        else if (created) void navigate(`/admin/pages/${encodeURIComponent(page.id)}`, { replace: true });
      }}
      />
    </AdminScreen>
  );
}
