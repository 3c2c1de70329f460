export { HeroUnit } from './HeroUnit.js';
export type { HeroImageVariant, HeroUnitProps } from './HeroUnit.js';
export { compositeColor, heroPalette, OVERLAY_BASE_OPACITY } from './heroPalette.js';
export type { HeroPalette, HeroPaletteInput } from './heroPalette.js';
