import type { HomePageBlockType } from '../../blocks/registry.js';
import { contentCardsFields } from '../../blocks/ContentCards/ContentCards.fields.js';
import { heroUnitFields } from '../../blocks/HeroUnit/HeroUnit.fields.js';
import { imageTeasersFields } from '../../blocks/ImageTeasers/ImageTeasers.fields.js';
import { linkListsFields } from '../../blocks/LinkLists/LinkLists.fields.js';
import { ticketListFields } from '../../blocks/TicketList/TicketList.fields.js';
import type { BlockFields } from './types.js';

/**
 * The editor side of every block type, keyed by type. As with `blocks/renders.ts`, the type
 * checker refuses this object until every type in `blockDefinitions` has its form, and the
 * editor looks forms up here only: a new block type needs no switch anywhere else.
 */
export const blockFields: { readonly [Type in HomePageBlockType]: BlockFields<Type> } = {
  [heroUnitFields.type]: heroUnitFields,
  [ticketListFields.type]: ticketListFields,
  [imageTeasersFields.type]: imageTeasersFields,
  [linkListsFields.type]: linkListsFields,
  [contentCardsFields.type]: contentCardsFields,
};

/** The editor side of a block type. */
export function getBlockFields<Type extends HomePageBlockType>(type: Type): BlockFields<Type> {
  return blockFields[type] as BlockFields<Type>;
}
