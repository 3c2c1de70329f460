import { ContentCards } from '../../portal/ContentCards/index.js';
import { defineBlockRender } from '../defineBlockRender.js';
import { MAX_CONTENT_CARDS } from './block.js';

/** The content cards on the home page. */
export const contentCardsRender = defineBlockRender({
  type: 'content-cards',
  Component: function ContentCardsBlock({ block }) {
    return <ContentCards cards={block.props.cards} headingLevel={2} />;
  },
  // A stored page with a fourth card (written before the editor's check, or by another tool)
  // still shows its first three cards instead of losing the whole block to the schema.
  prepare(props) {
    const { cards } = props;
    if (!Array.isArray(cards) || cards.length <= MAX_CONTENT_CARDS) return { props, warnings: [] };
    return {
      props: { ...props, cards: cards.slice(0, MAX_CONTENT_CARDS) },
      warnings: [
        {
          path: 'props.cards',
          code: 'max_length',
          message: `At most three content cards: ${cards.length} stored, the first ${MAX_CONTENT_CARDS} are shown`,
        },
      ],
    };
  },
});
