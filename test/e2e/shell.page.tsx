// Client entry of the shell's end-to-end page: hydrates the server's HTML.
import { hydrateRoot } from 'react-dom/client';
import { ShellApp } from './shell.app.js';

interface ShellPageWindow extends Window {
  violations: Array<{ blockedURI: string; effectiveDirective: string }>;
  recoverableErrors: string[];
  hydrated: boolean;
}
const page = window as unknown as ShellPageWindow;
page.violations = [];
page.recoverableErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  page.violations.push({ blockedURI: event.blockedURI, effectiveDirective: event.effectiveDirective });
});

const root = document.getElementById('root') as HTMLElement;
hydrateRoot(root, <ShellApp nonce={root.dataset.nonce ?? ''} />, {
  onRecoverableError: (error) => page.recoverableErrors.push(String(error)),
});
requestAnimationFrame(() => {
  page.hydrated = true;
});
