import { LinkListGroup } from '../../portal/LinkList/index.js';
import { defineBlockRender } from '../defineBlockRender.js';

/** The link lists on the home page, side by side. */
export const linkListsRender = defineBlockRender({
  type: 'link-lists',
  Component: function LinkListsBlock({ block }) {
    return <LinkListGroup lists={block.props.lists} headingLevel={2} />;
  },
});
