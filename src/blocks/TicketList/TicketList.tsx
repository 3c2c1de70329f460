import { TicketList } from '../../portal/TicketList/index.js';
import { useLocalizedContent } from '../../portal/HomePage/content.js';
import { defineBlockRender } from '../defineBlockRender.js';

/** The signed-in customer's recent tickets on the home page (nothing for anonymous visitors). */
export const ticketListRender = defineBlockRender({
  type: 'ticket-list',
  Component: function TicketListBlock({ block }) {
    const { maxCount, selection, content } = block.props;
    const title = useLocalizedContent(content);
    return <TicketList variant="compact" maxCount={maxCount} selection={selection} title={title?.value.title} titleLang={title?.lang} />;
  },
});
