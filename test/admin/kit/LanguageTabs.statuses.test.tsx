import userEvent from '@testing-library/user-event';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageTabs } from '../../../src/admin/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const statuses = { en: 'complete', de: 'incomplete', fr: 'missing' } as const;

function Tabs() {
  return (
    <LanguageTabs languages={['en', 'de', 'fr']} statuses={statuses}>
      {(language) => <p>Panel {language}</p>}
    </LanguageTabs>
  );
}

describe('LanguageTabs with translation statuses', () => {
  it('shows each language’s status as an icon and text, and names each tab with it', async () => {
    renderPortal(<Tabs />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['English (complete)', 'German (incomplete)', 'French (missing)']);
    for (const [name, status] of [['English (complete)', 'complete'], ['German (incomplete)', 'incomplete'], ['French (missing)', 'missing']] as const) {
      const tab = screen.getByRole('tab', { name });
      // Not colour alone: a distinct shape per status next to its text.
      expect(tab.querySelector(`[data-slot="translation-status-icon"][data-state="${status}"]`)).not.toBeNull();
    }
    expect(screen.getByRole('tabpanel', { name: 'English (complete)' })).toHaveTextContent('Panel en');
    await expectNoAxeViolations(document.body);
  });

  it('keeps the keyboard pattern: arrow keys move and select', async () => {
    const user = userEvent.setup();
    renderPortal(<Tabs />);
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'German (incomplete)' })).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Panel de');
  });

  it('says the status in Arabic and mirrors the arrow keys right to left', async () => {
    const user = userEvent.setup();
    renderRtl(<Tabs />);
    const list = screen.getByRole('tablist');
    expect(within(list).getByRole('tab', { name: /الألمانية.*غير مكتملة/ })).toBeVisible();
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: /الألمانية/ })).toHaveFocus();
    await expectNoAxeViolations(document.body);
  });
});
