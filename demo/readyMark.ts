/** The `performance` mark the demo sets once React has the page (hydrated or rendered): see Root.tsx. */
export const READY_MARK = 'demo:ready';
