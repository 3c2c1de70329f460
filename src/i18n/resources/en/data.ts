/** Strings of the data states (loading, empty, error) and the storage notice. */
export const data = {
  errorConflict: 'Someone else changed this in the meantime.',
  retryAfter: 'You can try again {{when}}.',
  retrying: 'Trying again…',
  storageMemoryTitle: 'Changes are not saved in this browser',
  storageMemory: 'This browser does not let the portal store data (for example in a private window). Your changes last only until you close this tab.',
} as const;
