import { HeroUnit } from '../../portal/HeroUnit/index.js';
import { defineBlockRender } from '../defineBlockRender.js';

/** The hero unit on the home page. */
export const heroUnitRender = defineBlockRender({
  type: 'hero-unit',
  Component: function HeroUnitBlock({ block }) {
    return <HeroUnit {...block.props} />;
  },
});
