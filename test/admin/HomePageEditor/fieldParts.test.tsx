import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ColorField } from '../../../src/admin/HomePageEditor/parts/ColorField.js';
import { HrefField } from '../../../src/admin/HomePageEditor/parts/HrefField.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

/** A field holding its value as a form would, reporting each change. */
function Controlled({ kind, initial, onValueChange = () => undefined, error, required }: { kind: 'color' | 'href'; initial?: string; onValueChange?: (value: string | undefined) => void; error?: string; required?: boolean }) {
  const [value, setValue] = useState<string | undefined>(initial);
  const change = (next: string | undefined) => {
    setValue(next);
    onValueChange(next);
  };
  return kind === 'color' ? (
    <ColorField label="Background colour" value={value} onValueChange={change} error={error} />
  ) : (
    <HrefField label="Link" value={value} onValueChange={change} error={error} required={required} />
  );
}

describe('ColorField', () => {
  it('is a labelled text field that explains what it takes', async () => {
    const { container } = renderPortal(<Controlled kind="color" initial="#1f6feb" />);
    const input = screen.getByRole('textbox', { name: 'Background colour' });
    expect(input).toHaveValue('#1f6feb');
    expect(input).toHaveAccessibleDescription(/Any CSS colour, such as #1f6feb/);
    await expectNoAxeViolations(container);
  });

  it('accepts any CSS colour and reports an emptied field as no colour', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderPortal(<Controlled kind="color" initial="#1f6feb" onValueChange={onValueChange} />);
    const input = screen.getByRole('textbox', { name: 'Background colour' });
    await user.clear(input);
    expect(onValueChange).toHaveBeenLastCalledWith(undefined);
    await user.type(input, 'rebeccapurple');
    await user.tab();
    expect(onValueChange).toHaveBeenLastCalledWith('rebeccapurple');
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses an unknown colour once the admin leaves the field, not while typing', async () => {
    const user = userEvent.setup();
    renderPortal(<Controlled kind="color" />);
    const input = screen.getByRole('textbox', { name: 'Background colour' });
    await user.type(input, 'blu');
    expect(input).not.toHaveAccessibleDescription(/This is not a colour/);
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/This is not a colour: enter a CSS colour such as #1f6feb\./);
    // Fixing it clears the message.
    await user.type(input, 'e');
    expect(input).not.toHaveAccessibleDescription(/This is not a colour/);
  });

  it('shows the form’s error from saving', () => {
    renderPortal(<Controlled kind="color" initial="#fff" error="This field is required." />);
    expect(screen.getByRole('textbox', { name: 'Background colour' })).toHaveAccessibleDescription(/This field is required\./);
  });

  it('explains and refuses in Arabic, right to left', async () => {
    const user = userEvent.setup();
    renderRtl(<Controlled kind="color" initial="nope" />);
    const input = screen.getByRole('textbox', { name: 'Background colour' });
    await user.click(input);
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.closest('[dir="rtl"]')).not.toBeNull();
    expect(input).toHaveAccessibleDescription(/هذا ليس لونًا: أدخل لون CSS/);
  });
});

describe('HrefField', () => {
  it('is a labelled URL field that explains what it takes, marked required when needed', async () => {
    const { container } = renderPortal(<Controlled kind="href" initial="/page/help" required />);
    const input = screen.getByRole('textbox', { name: /^Link/ });
    expect(input).toHaveValue('/page/help');
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('inputmode', 'url');
    expect(input).toHaveAccessibleDescription(/A path such as \/page\/opening-hours/);
    await expectNoAxeViolations(container);
  });

  it.each(['/page/help', 'https://status.example.com/', 'mailto:help@example.com', 'tel:+49301234567'])('accepts %s', async (href) => {
    const user = userEvent.setup();
    renderPortal(<Controlled kind="href" />);
    const input = screen.getByRole('textbox', { name: 'Link' });
    await user.type(input, href);
    await user.tab();
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>hi</b>'])('refuses %s with a message once the admin leaves the field', async (href) => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderPortal(<Controlled kind="href" onValueChange={onValueChange} />);
    const input = screen.getByRole('textbox', { name: 'Link' });
    await user.type(input, href.replace(/[{[]/g, (bracket) => bracket + bracket));
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/This link is refused: use a web address/);
    // The typed text stays, so the admin can correct it.
    expect(input).toHaveValue(href);
    expect(onValueChange).toHaveBeenLastCalledWith(href);
  });

  it('refuses in German', async () => {
    const user = userEvent.setup();
    renderPortal(<Controlled kind="href" initial="javascript:void(0)" />, { provider: { language: 'de' } });
    await user.click(screen.getByRole('textbox', { name: 'Link' }));
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Link' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Link' })).toHaveAccessibleDescription(/Dieser Link wird abgelehnt: Verwenden Sie eine Webadresse/);
  });
});
