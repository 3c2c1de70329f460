export { CustomPage } from './CustomPage.js';
export type { CustomPageProps } from './CustomPage.js';
export { CustomPageView } from './CustomPageView.js';
export type { CustomPageViewProps } from './CustomPageView.js';
