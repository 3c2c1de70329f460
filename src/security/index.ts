// helpdesk-portal-kit/security entry point.
export {};
