import * as v from 'valibot';
import { isPublishWindowOrdered, type PublishWindow } from '../../../model/schedule.js';

/** The publish window in a form: UTC timestamps, `''` for an open end. */
export interface PublishWindowFormValues {
  visibleFrom: string;
  visibleUntil: string;
}

/** Form schema entries of the window (the field only ever writes UTC timestamps or `''`). */
export const publishWindowFormEntries = {
  visibleFrom: v.string(),
  visibleUntil: v.string(),
};

/** The form's check that the end comes after the start, reported on `visibleUntil`. */
export function publishWindowFormCheck<Input extends PublishWindowFormValues & Record<string, unknown>>() {
  const check = v.partialCheck([['visibleFrom'], ['visibleUntil']] as never, (input: unknown) => isPublishWindowOrdered(toPublishWindow(input as PublishWindowFormValues)), 'admin.errorsScheduleOrder');
  // Typed as the plain check it behaves like in a pipe (valibot's partial-check types need an index signature).
  return v.forward(check as never, ['visibleUntil'] as never) as unknown as v.CheckAction<Input, string>;
}

/** The form values of a stored window. */
export function toPublishWindowFormValues(window: PublishWindow): PublishWindowFormValues {
  return { visibleFrom: window.visibleFrom ?? '', visibleUntil: window.visibleUntil ?? '' };
}

/** The window to store: only the ends that are set (so an unscheduled record stays without the keys). */
export function toPublishWindow(values: PublishWindowFormValues): PublishWindow {
  return {
    ...(values.visibleFrom ? { visibleFrom: values.visibleFrom } : {}),
    ...(values.visibleUntil ? { visibleUntil: values.visibleUntil } : {}),
  };
}
