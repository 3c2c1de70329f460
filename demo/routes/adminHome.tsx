import { useNavigate } from 'react-router';
import { HomePageEditor } from '../../src/admin/index.js';
import { useLeaveBlocker } from '../useLeaveBlocker.js';
import { AdminScreen } from './admin.js';

/**
 * `/admin/home`: the home page editor, on the demo's store (from `PortalProvider`). Leaving for
 * another screen with unsaved changes asks first (React Router's blocker), as does closing the tab.
 */
export function AdminHomeRoute() {
  const navigate = useNavigate();
  return (
    <AdminScreen section="adminHome">
      <HomePageEditor useBlocker={useLeaveBlocker} onClose={() => void navigate('/admin')} />
    </AdminScreen>
  );
}
