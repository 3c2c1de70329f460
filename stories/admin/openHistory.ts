import { userEvent, within } from 'storybook/test';

/**
 * Presses an editor's "History" button (`label` in other languages) and returns the dialog it
 * opens. Radix portals the dialog into the document's body and hides the rest from assistive
 * technology, so it is looked up there rather than in the story's canvas.
 */
export async function openHistory(canvasElement: HTMLElement, label = 'History'): Promise<HTMLElement> {
  await userEvent.click(await within(canvasElement).findByRole('button', { name: label }));
  return within(canvasElement.ownerDocument.body).findByRole('dialog', { name: label });
}
