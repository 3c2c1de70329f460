import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LanguageSwitcher } from '../../../src/portal/PortalLayout/index.js';
import { PortalProvider } from '../../../src/portal/PortalProvider/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const languages = ['en', 'de', 'fr', 'ar'] as const;

/** A host that switches the provider's language when the visitor picks one. */
function Host() {
  const [language, setLanguage] = useState('en');
  return (
    <PortalProvider language={language}>
      <LanguageSwitcher languages={languages} onValueChange={setLanguage} />
    </PortalProvider>
  );
}

describe('LanguageSwitcher', () => {
  it('is a labelled select naming each language in itself, marked with its lang', async () => {
    const { container } = renderPortal(<LanguageSwitcher languages={languages} onValueChange={() => undefined} />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('en');
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['English', 'Deutsch', 'Français', 'العربية']);
    expect(options.map((option) => option.getAttribute('lang'))).toEqual(['en', 'de', 'fr', 'ar']);
    await expectNoAxeViolations(container);
  });

  it('tells the host the picked language and follows the provider’s change', async () => {
    const user = userEvent.setup();
    renderPortal(<Host />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    await user.selectOptions(select, 'de');
    // The host changed the provider's language: the label and the value follow.
    const german = await screen.findByRole('combobox', { name: 'Sprache' });
    expect(german).toHaveValue('de');
    await user.selectOptions(german, 'fr');
    expect(await screen.findByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
  });

  it('calls onValueChange with the tag and does not change on its own when controlled', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderPortal(<LanguageSwitcher languages={languages} value="fr" onValueChange={onValueChange} />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('fr');
    await user.selectOptions(select, 'ar');
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('ar');
    expect(select).toHaveValue('fr');
  });

  it('keeps the current language selectable when the host’s list lacks it', () => {
    renderPortal(<LanguageSwitcher languages={['de', 'fr']} onValueChange={() => undefined} />, { provider: { language: 'en' } });
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('en');
    expect(screen.getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual(['en', 'de', 'fr']);
  });

  it('takes the host’s own label', () => {
    renderPortal(<LanguageSwitcher languages={languages} label="Portal language" onValueChange={() => undefined} />);
    expect(screen.getByRole('combobox', { name: 'Portal language' })).toBeInTheDocument();
  });

  it('is labelled in Arabic, right to left', async () => {
    const { container } = renderRtl(<LanguageSwitcher languages={languages} onValueChange={() => undefined} />);
    const select = await screen.findByRole('combobox', { name: 'اللغة' });
    expect(select).toHaveValue('ar');
    expect(select.closest('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});
