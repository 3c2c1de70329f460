export { HomePage } from './HomePage.js';
export type { HomePageProps } from './HomePage.js';
export { HomePageBlocks, prepareHomePageBlocks } from './HomePageBlocks.js';
export type { HomePageBlocksProps, HomePageProblem } from './HomePageBlocks.js';
export { checkColorPair, resolveContent, useLocalizedContent } from './content.js';
export type { ColorPair, LocalizedContent } from './content.js';
