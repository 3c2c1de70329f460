// helpdesk-portal-kit/testing entry point.
export {};
