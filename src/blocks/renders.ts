import { contentCardsRender } from './ContentCards/ContentCards.js';
import type { BlockRender } from './defineBlockRender.js';
import { heroUnitRender } from './HeroUnit/HeroUnit.js';
import { imageTeasersRender } from './ImageTeasers/ImageTeasers.js';
import { linkListsRender } from './LinkLists/LinkLists.js';
import type { HomePageBlockType } from './registry.js';
import { ticketListRender } from './TicketList/TicketList.js';

/**
 * The render side of every block type, keyed by type. The type checker refuses this object
 * until every type in `blockDefinitions` has its render, so a new block type cannot be
 * forgotten here, and nothing else needs to know the list: the home page and the editor's
 * preview both draw blocks through `HomePageBlocks`, which looks the type up here.
 */
export const blockRenders: { readonly [Type in HomePageBlockType]: BlockRender<Type> } = {
  [heroUnitRender.type]: heroUnitRender,
  [ticketListRender.type]: ticketListRender,
  [imageTeasersRender.type]: imageTeasersRender,
  [linkListsRender.type]: linkListsRender,
  [contentCardsRender.type]: contentCardsRender,
};

/** The render side of a block type. */
export function getBlockRender<Type extends HomePageBlockType>(type: Type): BlockRender<Type> {
  return blockRenders[type] as BlockRender<Type>;
}
