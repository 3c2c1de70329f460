/** Strings shared by every component: states, actions, accessible names. */
export const common = {
  loading: 'Loading…',
  retry: 'Try again',
  empty: 'Nothing here yet.',
  errorTitle: 'Something went wrong',
  errorUnavailable: 'The service is unavailable right now. Please try again in a moment.',
  errorNotFound: 'We could not find what you were looking for.',
  errorUnauthorized: 'Please sign in to see this.',
  errorInvalidData: 'This content could not be shown because its data is malformed.',
  richTextUnavailable: 'This text cannot be shown right now.',
  close: 'Close',
  cancel: 'Cancel',
  confirm: 'Confirm',
  language: 'Language',
} as const;
