import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { ValidityBadge, ValiditySelect } from '../../../src/admin/index.js';
import type { Validity } from '../../../src/model/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const optionLabels = (select: HTMLElement) => within(select).getAllByRole('option').map((option) => option.textContent);

describe('ValiditySelect', () => {
  it('offers the three validities under a required, described label', async () => {
    renderPortal(<ValiditySelect defaultValue="valid" />);
    const select = screen.getByRole('combobox', { name: /Validity/ });
    expect(optionLabels(select)).toEqual(['Valid', 'Invalid', 'Temporarily invalid']);
    expect(select).toHaveValue('valid');
    expect(select).toHaveAttribute('aria-required', 'true');
    expect(screen.getByText('(required)')).toBeVisible();
    expect(select).toHaveAccessibleDescription('Only valid records appear in the portal. Nothing is deleted when you change this.');
    await expectNoAxeViolations(document.body);
  });

  it('reports the choice made with the keyboard (controlled)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn((event: { currentTarget: HTMLSelectElement }) => event.currentTarget.value);
    renderPortal(<ValiditySelect value="valid" onChange={onChange} />);
    await user.selectOptions(screen.getByRole('combobox'), 'Temporarily invalid');
    expect(onChange).toHaveLastReturnedWith('invalid-temporarily');
  });

  it('shows an error on the field and marks it invalid', async () => {
    renderPortal(<ValiditySelect defaultValue="invalid" error="Choose one of the options." />);
    const select = screen.getByRole('combobox', { name: /Validity/ });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription(/Choose one of the options\./);
    await expectNoAxeViolations(document.body);
  });

  it('takes the label and description of the host, and may be optional', () => {
    renderPortal(<ValiditySelect label="Shown in the portal" description="Only for this category." required={false} />);
    const select = screen.getByRole('combobox', { name: 'Shown in the portal' });
    expect(select).not.toHaveAttribute('aria-required');
    expect(select).toHaveAccessibleDescription('Only for this category.');
  });

  it("works with react-hook-form's register", async () => {
    const user = userEvent.setup();
    let read: () => { validity: Validity } = () => ({ validity: 'valid' });
    function Form() {
      const { register, getValues } = useForm<{ validity: Validity }>({ defaultValues: { validity: 'invalid' } });
      read = getValues;
      return <ValiditySelect {...register('validity')} />;
    }
    renderPortal(<Form />);
    expect(screen.getByRole('combobox')).toHaveValue('invalid');
    await user.selectOptions(screen.getByRole('combobox'), 'valid');
    expect(read().validity).toBe('valid');
  });

  it('speaks Arabic, right to left', async () => {
    renderRtl(<ValiditySelect defaultValue="valid" />);
    const select = screen.getByRole('combobox', { name: /الصلاحية/ });
    expect(within(select).getByRole('option', { selected: true })).toHaveTextContent('صالح');
    expect(select.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(document.body);
  });
});

describe('ValidityBadge', () => {
  it('says each validity in words', () => {
    renderPortal(
      <p>
        <ValidityBadge validity="valid" /> <ValidityBadge validity="invalid" /> <ValidityBadge validity="invalid-temporarily" />
      </p>,
    );
    expect(screen.getByText('Valid')).toHaveAttribute('data-state', 'valid');
    expect(screen.getByText('Invalid')).toHaveAttribute('data-state', 'invalid');
    expect(screen.getByText('Temporarily invalid')).toHaveAttribute('data-state', 'invalid-temporarily');
  });
});
