import { useNavigate, useParams } from 'react-router';
import { CustomPageEditor, CustomPageList } from '../../src/admin/index.js';
import { AFTER_SAVE, useLeaveBlocker } from '../useLeaveBlocker.js';
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
 * `/admin/pages/new` and `/admin/pages/:id`: the page editor. Leaving for another screen with
 * unsaved changes asks first (React Router's blocker); so does closing or reloading the tab.
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
        useBlocker={useLeaveBlocker}
        // Also after "Save and close", once the saved state has rendered and the guard let go.
        onClose={() => void navigate('/admin/pages')}
        onSaved={(page, { created }) => {
          // The first save of a new page gives it an id: the address follows.
          if (created) void navigate(`/admin/pages/${encodeURIComponent(page.id)}`, { replace: true, state: AFTER_SAVE });
        }}
      />
    </AdminScreen>
  );
}
