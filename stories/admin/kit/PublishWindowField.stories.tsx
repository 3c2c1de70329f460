import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { PreviewAsOfControl, PublishWindowField, ScheduleBadge } from '../../../src/admin/index.js';
import type { PublishWindow } from '../../../src/model/index.js';
import { expectLayoutHolds, inColumn, LONG_WORD } from '../../fixtures/longContent.js';

const meta = {
  title: 'Admin/Kit/PublishWindowField',
  component: PublishWindowField,
  args: { value: {}, onValueChange: fn(), timeZone: 'Europe/Berlin' },
  parameters: { a11y: { test: 'error' } },
  render: function Render(args) {
    const [value, setValue] = useState<PublishWindow>(args.value);
    return (
      <PublishWindowField
        {...args}
        value={value}
        onValueChange={(next) => {
          setValue(next);
          args.onValueChange(next);
        }}
      />
    );
  },
} satisfies Meta<typeof PublishWindowField>;
export default meta;

type Story = StoryObj<typeof meta>;

/** No window: the record is shown whenever it is valid. */
export const Unscheduled: Story = {};

/** A window stored in UTC, shown in the admin's zone (Berlin summer time here). */
export const Scheduled: Story = {
  args: { value: { visibleFrom: '2026-07-01T06:00:00.000Z', visibleUntil: '2026-07-31T22:00:00.000Z' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Visible from')).toHaveValue('2026-07-01T08:00');
  },
};

/** Another zone given as a prop. */
export const OtherTimeZone: Story = { args: { timeZone: 'America/St_Johns', value: { visibleFrom: '2026-07-01T06:00:00.000Z' } } };

/** 02:30 on 29 March 2026 does not exist in Berlin: the field says it saves 03:30. */
export const SkippedHour: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText('Visible from'), '2026-03-29T02:30');
    await expect(await canvas.findByRole('status')).toHaveTextContent('03:30 (UTC+02:00)');
  },
};

/** 02:30 on 25 October 2026 happens twice in Berlin: the first one is saved. */
export const RepeatedHour: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText('Visible until'), '2026-10-25T02:30');
    await expect(await canvas.findByRole('status')).toHaveTextContent('the first one is saved');
  },
};

/** The end before the start, with the form's message. */
export const EndBeforeStart: Story = {
  args: { value: { visibleFrom: '2026-07-02T00:00:00.000Z', visibleUntil: '2026-07-01T00:00:00.000Z' }, errors: { visibleUntil: 'The end must come after the start.' } },
};

/** The badges of admin lists: scheduled and expired (nothing inside the window). */
export const Badges: Story = {
  render: () => (
    <p>
      <ScheduleBadge window={{ visibleFrom: '2999-01-01T00:00:00.000Z' }} /> <ScheduleBadge window={{ visibleUntil: '2001-01-01T00:00:00.000Z' }} />
    </p>
  ),
};

/** The previews' "View as of" control. */
export const PreviewAsOf: Story = {
  render: function Render() {
    const [value, setValue] = useState<Date | undefined>(new Date('2026-04-03T06:00:00.000Z'));
    return <PreviewAsOfControl value={value} onValueChange={setValue} timeZone="Europe/Berlin" />;
  },
};

/** In Arabic, right to left: the labels are translated and the fields read from the right. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  args: { value: { visibleFrom: '2026-07-01T06:00:00.000Z' } },
  play: async ({ canvas }) => {
    const from = canvas.getByLabelText('مرئي من');
    await expect(from).toHaveValue('2026-07-01T08:00');
    await expect(from.closest('[dir="rtl"]')).not.toBeNull();
  },
};

/**
 * Long content in a phone-wide column: the zone with the longest name, a note on the skipped
 * hour, long form messages with an unbreakable word, and the badges and "View as of" control
 * beside it.
 */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    timeZone: 'America/Argentina/Buenos_Aires',
    value: { visibleFrom: '2026-07-02T00:00:00.000Z', visibleUntil: '2026-07-01T00:00:00.000Z' },
    errors: {
      visibleFrom: `The start of the ${LONG_WORD} must lie before the end of the window, and both inside the campaign.`,
      visibleUntil: `The end must come after the start: ${LONG_WORD}.`,
    },
  },
  render: function Render(args) {
    const [value, setValue] = useState<PublishWindow>(args.value);
    const [asOf, setAsOf] = useState<Date | undefined>(new Date('2026-04-03T06:00:00.000Z'));
    return (
      <>
        <PublishWindowField {...args} value={value} onValueChange={setValue} />
        <p>
          <ScheduleBadge window={{ visibleFrom: '2999-01-01T00:00:00.000Z' }} /> <ScheduleBadge window={{ visibleUntil: '2001-01-01T00:00:00.000Z' }} />
        </p>
        <PreviewAsOfControl value={asOf} onValueChange={setAsOf} timeZone="America/Argentina/Buenos_Aires" />
      </>
    );
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText(/The end must come after the start/)).toBeVisible();
    await expectLayoutHolds(canvasElement);
  },
};
