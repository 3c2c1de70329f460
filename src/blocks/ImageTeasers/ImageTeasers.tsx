import { ImageTeaserRow } from '../../portal/ImageTeaser/index.js';
import { defineBlockRender } from '../defineBlockRender.js';

/** The row of image teasers on the home page. */
export const imageTeasersRender = defineBlockRender({
  type: 'image-teasers',
  Component: function ImageTeasersBlock({ block }) {
    return <ImageTeaserRow teasers={block.props.teasers} headingLevel={2} />;
  },
});
