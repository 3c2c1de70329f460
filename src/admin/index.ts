// helpdesk-portal-kit/admin entry point.
export {};
