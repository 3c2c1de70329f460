import { useNavigate } from 'react-router';
import { createBrowserAdapters, type BrowserAdapters } from '../../src/adapters/index.js';
import { HomePageEditor } from '../../src/admin/index.js';
import { PortalDataProvider } from '../../src/index.js';

let browserAdapters: BrowserAdapters | undefined;
/**
 * The demo's browser store (IndexedDB, shared by every tab of the demo and kept in sync
 * through a BroadcastChannel), made once and only in the browser.
 */
function demoAdapters(): BrowserAdapters {
  browserAdapters ??= createBrowserAdapters();
  return browserAdapters;
}

/**
 * `/admin/home`: the home page editor. The demo uses `BrowserRouter`, which has no navigation
 * blocker; closing or reloading the tab with unsaved changes is still guarded.
 */
export function AdminHomeRoute() {
  const navigate = useNavigate();
  return (
    <PortalDataProvider adapters={demoAdapters()}>
      <HomePageEditor onClose={() => void navigate('/admin')} />
    </PortalDataProvider>
  );
}
