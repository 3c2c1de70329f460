// helpdesk-portal-kit/adapters entry point.
export {};
