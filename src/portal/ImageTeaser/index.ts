export { ImageTeaser, ImageTeaserRow } from './ImageTeaser.js';
export type { ImageTeaserProps, ImageTeaserRowProps } from './ImageTeaser.js';
