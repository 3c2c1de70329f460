import { useNavigate } from 'react-router';
import { HomePageEditor } from '../../src/admin/index.js';
import { AdminScreen } from './admin.js';

/**
 * `/admin/home`: the home page editor, on the demo's store (from `PortalProvider`). The demo uses
 * `BrowserRouter`, which has no navigation blocker; closing or reloading the tab is still guarded.
 */
export function AdminHomeRoute() {
  const navigate = useNavigate();
  return (
    <AdminScreen section="adminHome">
      <HomePageEditor onClose={() => void navigate('/admin')} />
    </AdminScreen>
  );
}
