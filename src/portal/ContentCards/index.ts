export { ContentCards } from './ContentCards.js';
export type { ContentCardsProps, ContentCardsWarning } from './ContentCards.js';
