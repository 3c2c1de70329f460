// On its own (no i18next import) so that components translating through `usePortalTranslation`
// do not bring i18next's module into a bundle that has no `PortalProvider`.

/** The i18next namespace holding the library's strings; a host's own strings never mix in. */
export const I18N_NAMESPACE = 'helpdesk-portal-kit';
