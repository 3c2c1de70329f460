import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fromZonedInputValue, PreviewAsOfControl, PublishWindowField, ScheduleBadge, toZonedInputValue } from '../../../src/admin/index.js';
import type { PublishWindow } from '../../../src/model/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const BERLIN = 'Europe/Berlin';

function Harness({ initial = {}, timeZone = BERLIN, onValue }: { initial?: PublishWindow; timeZone?: string; onValue?: (value: PublishWindow) => void }) {
  const [value, setValue] = useState<PublishWindow>(initial);
  return (
    <PublishWindowField
      value={value}
      timeZone={timeZone}
      onValueChange={(next) => {
        setValue(next);
        onValue?.(next);
      }}
    />
  );
}

describe('time zone conversion', () => {
  it('reads a wall-clock time in the admin’s zone and stores UTC', () => {
    expect(fromZonedInputValue('2026-01-15T09:00', BERLIN)).toEqual({ iso: '2026-01-15T08:00:00.000Z', kind: 'exact' });
    expect(fromZonedInputValue('2026-07-15T09:00', BERLIN)).toEqual({ iso: '2026-07-15T07:00:00.000Z', kind: 'exact' });
    expect(fromZonedInputValue('2026-01-15T09:00', 'America/New_York')).toEqual({ iso: '2026-01-15T14:00:00.000Z', kind: 'exact' });
    expect(toZonedInputValue('2026-07-15T07:00:00.000Z', BERLIN)).toBe('2026-07-15T09:00');
  });

  it('reads a time in the hour skipped on 29 March 2026 as the time after the jump', () => {
    const skipped = fromZonedInputValue('2026-03-29T02:30', BERLIN);
    expect(skipped).toEqual({ iso: '2026-03-29T01:30:00.000Z', kind: 'skipped' });
    expect(toZonedInputValue(skipped!.iso, BERLIN)).toBe('2026-03-29T03:30');
    expect(fromZonedInputValue('2026-03-29T02:30', BERLIN)).toEqual(skipped);
  });

  it('reads a time in the hour repeated on 25 October 2026 as its first occurrence (summer time)', () => {
    expect(fromZonedInputValue('2026-10-25T02:30', BERLIN)).toEqual({ iso: '2026-10-25T00:30:00.000Z', kind: 'repeated' });
    expect(fromZonedInputValue('2026-10-25T03:30', BERLIN)).toEqual({ iso: '2026-10-25T02:30:00.000Z', kind: 'exact' });
  });
});

describe('PublishWindowField', () => {
  it('names the admin’s zone with its offset and stores what is typed in UTC', async () => {
    const values: PublishWindow[] = [];
    const { container } = renderPortal(<Harness onValue={(value) => values.push(value)} />);
    expect(screen.getByRole('group', { name: 'Publish window' })).toHaveTextContent(/Europe\/Berlin \(UTC\+0[12]:00\)/);
    fireEvent.change(screen.getByLabelText('Visible from'), { target: { value: '2026-01-15T09:00' } });
    expect(values.at(-1)).toEqual({ visibleFrom: '2026-01-15T08:00:00.000Z', visibleUntil: undefined });
    fireEvent.change(screen.getByLabelText('Visible from'), { target: { value: '' } });
    expect(values.at(-1)).toEqual({ visibleFrom: undefined, visibleUntil: undefined });
    await expectNoAxeViolations(container);
  });

  it('shows a stored window in the zone it is given', () => {
    renderPortal(<Harness initial={{ visibleUntil: '2026-07-15T07:00:00.000Z' }} timeZone="Asia/Tokyo" />);
    expect(screen.getByLabelText('Visible until')).toHaveValue('2026-07-15T16:00');
    expect(screen.getByRole('group', { name: 'Publish window' })).toHaveTextContent('Asia/Tokyo (UTC+09:00)');
  });

  it('says what it saved for a time in the skipped hour and in the repeated hour', async () => {
    const values: PublishWindow[] = [];
    const { container } = renderPortal(<Harness onValue={(value) => values.push(value)} />);
    fireEvent.change(screen.getByLabelText('Visible from'), { target: { value: '2026-03-29T02:30' } });
    expect(values.at(-1)?.visibleFrom).toBe('2026-03-29T01:30:00.000Z');
    expect(screen.getByRole('status')).toHaveTextContent('02:30 does not exist in Europe/Berlin on this day (the clocks go forward): it is saved as 03:30 (UTC+02:00).');
    // The typed text stays as typed.
    expect(screen.getByLabelText('Visible from')).toHaveValue('2026-03-29T02:30');

    fireEvent.change(screen.getByLabelText('Visible until'), { target: { value: '2026-10-25T02:30' } });
    expect(values.at(-1)?.visibleUntil).toBe('2026-10-25T00:30:00.000Z');
    expect(screen.getAllByRole('status')[1]).toHaveTextContent('02:30 occurs twice in Europe/Berlin on this day (the clocks go back): the first one is saved, 02:30 (UTC+02:00).');
    await expectNoAxeViolations(container);
  });

  it('shows an error on the end and marks it invalid', () => {
    renderPortal(<PublishWindowField value={{}} onValueChange={() => undefined} timeZone={BERLIN} errors={{ visibleUntil: 'The end must come after the start.' }} />);
    expect(screen.getByLabelText('Visible until')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Visible until')).toHaveAccessibleDescription('The end must come after the start.');
  });

  it('works right to left in Arabic', async () => {
    const { container } = renderRtl(<Harness />);
    expect(screen.getByRole('group', { name: 'فترة النشر' })).toBeInTheDocument();
    expect(screen.getByLabelText('مرئي من')).toBeInTheDocument();
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});

describe('ScheduleBadge', () => {
  const window = { visibleFrom: '2026-04-01T00:00:00.000Z', visibleUntil: '2026-05-01T00:00:00.000Z' };
  it('says Scheduled before the window, Expired after it, and nothing inside it or without one', () => {
    const { rerender, container } = renderPortal(<ScheduleBadge window={window} at={new Date('2026-03-31T23:59:59Z')} />);
    expect(container).toHaveTextContent('Scheduled');
    rerender(<ScheduleBadge window={window} at={new Date('2026-05-01T00:00:00Z')} />);
    expect(container).toHaveTextContent('Expired');
    rerender(<ScheduleBadge window={window} at={new Date('2026-04-01T00:00:00Z')} />);
    expect(container.querySelector('[data-slot="schedule-badge"]')).toBeNull();
    rerender(<ScheduleBadge window={{}} />);
    expect(container.querySelector('[data-slot="schedule-badge"]')).toBeNull();
  });

  it('is translated', () => {
    const { container } = renderPortal(<ScheduleBadge window={window} at={new Date('2026-01-01T00:00:00Z')} />, { provider: { language: 'de' } });
    expect(container).toHaveTextContent('Geplant');
  });
});

describe('PreviewAsOfControl', () => {
  function AsOf() {
    const [value, setValue] = useState<Date | undefined>();
    return (
      <>
        <PreviewAsOfControl value={value} onValueChange={setValue} timeZone={BERLIN} />
        <output>{value ? value.toISOString() : 'now'}</output>
      </>
    );
  }

  it('picks an instant in the admin’s zone and returns to now', async () => {
    const { container } = renderPortal(<AsOf />);
    expect(screen.getByRole('button', { name: 'Now' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('View as of'), { target: { value: '2026-04-03T08:00' } });
    expect(container.querySelector('output')).toHaveTextContent('2026-04-03T06:00:00.000Z');
    fireEvent.click(screen.getByRole('button', { name: 'Now' }));
    expect(container.querySelector('output')).toHaveTextContent('now');
    expect(screen.getByLabelText('View as of')).toHaveValue('');
    await expectNoAxeViolations(container);
  });
});
