import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LanguageTabs } from '../../../src/admin/index.js';
import { screen } from '@testing-library/react';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

function Tabs({ onValueChange }: { onValueChange?: (language: string) => void }) {
  const [languages, setLanguages] = useState(['en', 'de', 'fr']);
  return (
    <LanguageTabs
      languages={languages}
      incompleteLanguages={['fr']}
      availableLanguages={['en', 'de', 'fr', 'it']}
      onAddLanguage={(language) => setLanguages([...languages, language])}
      onRemoveLanguage={(language) => setLanguages(languages.filter((item) => item !== language))}
      onValueChange={onValueChange}
    >
      {(language) => <p>Panel {language}</p>}
    </LanguageTabs>
  );
}

describe('LanguageTabs', () => {
  it('shows one tab per language with an "incomplete" marker that is also announced', async () => {
    renderPortal(<Tabs />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['English', 'German', 'French(incomplete)']);
    expect(screen.getByRole('tab', { name: 'French (incomplete)' })).toBeVisible();
    expect(screen.getByRole('tabpanel', { name: 'English' })).toHaveTextContent('Panel en');
    await expectNoAxeViolations(document.body);
  });

  it('moves with the arrow keys, Home and End, selecting as it goes (one tab stop)', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderPortal(<Tabs onValueChange={onValueChange} />);
    await user.tab();
    expect(screen.getByRole('tab', { name: 'English' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'German' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'German' })).toHaveAttribute('aria-selected', 'true');
    expect(onValueChange).toHaveBeenLastCalledWith('de');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: /French/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'English' })).toHaveFocus();
    await user.keyboard('{Home}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: /French/ })).toHaveFocus();
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toHaveLength(1);
  });

  it('mirrors the arrow keys right to left', async () => {
    const user = userEvent.setup();
    renderRtl(<Tabs />);
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'الألمانية' })).toHaveFocus();
    await expectNoAxeViolations(document.body);
  });

  it('adds a language and asks before removing one', async () => {
    const user = userEvent.setup();
    renderPortal(<Tabs />);
    await user.click(screen.getByRole('button', { name: 'Add language' }));
    expect(screen.getByLabelText('Language to add')).toHaveFocus();
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Italian']);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('tab', { name: 'Italian' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Add language' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Remove Italian' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Italian?' });
    expect(dialog).toHaveAccessibleDescription('The title and text in Italian are deleted when you save.');
    await user.click(screen.getByRole('button', { name: 'Remove language' }));
    expect(screen.queryByRole('tab', { name: 'Italian' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'English' })).toHaveAttribute('aria-selected', 'true');
  });
});
