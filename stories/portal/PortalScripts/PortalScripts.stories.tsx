import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { PortalScripts, type BlockedScript, type PortalScriptsProps } from '../../../src/portal/PortalScripts/index.js';
import type { ContentSecurityPolicySettings } from '../../../src/security/types.js';

const STORY_EVENT = 'hpk-story-script';
const nonce = 'storybookNonce12345678';

/** Shows what PortalScripts did: scripts that ran (they announce themselves) and scripts it refused. */
function ScriptsLog(props: PortalScriptsProps) {
  const [ran, setRan] = useState<string[]>([]);
  const [blocked, setBlocked] = useState<BlockedScript[]>([]);
  useEffect(() => {
    const onRan = (event: Event) => setRan((list) => [...list, String((event as CustomEvent).detail)]);
    window.addEventListener(STORY_EVENT, onRan);
    return () => window.removeEventListener(STORY_EVENT, onRan);
  }, []);
  return (
    <section aria-label="Script log">
      <PortalScripts {...props} onBlocked={(script) => setBlocked((list) => [...list, script])} />
      <h2>Ran</h2>
      <ul>{ran.length === 0 ? <li>nothing yet</li> : ran.map((entry, index) => <li key={index}>{entry}</li>)}</ul>
      <h2>Not inserted</h2>
      <ul>
        {blocked.length === 0 ? (
          <li>nothing</li>
        ) : (
          blocked.map((entry) => (
            <li key={`${entry.kind}-${entry.index}`}>
              {entry.kind} #{entry.index} {entry.url ?? ''}: {entry.code}
            </li>
          ))
        )}
      </ul>
    </section>
  );
}

const inline = (label: string) => ({
  code: `window.dispatchEvent(new CustomEvent(${JSON.stringify(STORY_EVENT)}, { detail: ${JSON.stringify(label)} }));`,
});
const noScripts: ContentSecurityPolicySettings = { externalScripts: [], inlineScripts: [], additionalOrigins: {} };

const meta = {
  title: 'Portal/PortalScripts',
  component: ScriptsLog,
  args: { settings: { ...noScripts, inlineScripts: [inline('inline script (with the nonce)')] }, nonce },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof ScriptsLog>;
export default meta;

type Story = StoryObj<typeof meta>;

/** An inline script with the page's nonce runs once. */
export const InlineAllowed: Story = {};

/** An external script from an origin the policy does not allow is not inserted, and reported. */
export const OriginNotAllowed: Story = {
  args: {
    settings: { ...noScripts, externalScripts: [{ url: 'https://tracker.evil.example/t.js' }] },
    policy: `default-src 'self'; script-src 'self' 'nonce-${nonce}' https://widget.example`,
  },
};

/** An http script is never inserted. */
export const NotHttps: Story = { args: { settings: { ...noScripts, externalScripts: [{ url: 'http://widget.example/loader.js' }] } } };

/** Without a nonce an inline script would be blocked by a strict policy, so it is not run. */
export const NoNonce: Story = { args: { nonce: undefined, settings: { ...noScripts, inlineScripts: [inline('should not run')] } } };
