export { TicketsPage } from './TicketsPage.js';
export type { TicketsPageProps } from './TicketsPage.js';
