// helpdesk-portal-kit: portal components, providers, theme, i18n and model types.

export { PortalProvider, usePortal, Anchor, usePortalTranslation, useFormatters, createFormatters } from './portal/PortalProvider/index.js';
export type {
  PortalContextValue,
  PortalCustomer,
  PortalProviderProps,
  LinkComponent,
  LinkComponentProps,
  Formatters,
} from './portal/PortalProvider/index.js';

export * from './theme/index.js';
export * from './i18n/index.js';

// Domain model: types, runtime schemas and helpers (no React).
export * from './model/index.js';

// Home page blocks: the typed union of blocks and each block's props schema.
export {
  blockDefinitions,
  blockRegistry,
  createBlock,
  createDefaultHomePageBlocks,
  getBlockDefinition,
  HomePageBlockSchema,
  HomePageBlocksSchema,
  isHomePageBlockType,
  parseHomePageBlocks,
  validateHomePageBlocks,
} from './blocks/registry.js';
export type { BlockProblem, BlockPropsOf, HomePageBlock, HomePageBlockOf, HomePageBlockType, ParsedHomePageBlocks } from './blocks/registry.js';
export { HERO_OVERLAYS, HeroUnitContentSchema, HeroUnitPropsSchema, heroUnitBlock } from './blocks/HeroUnit/block.js';
export type { HeroOverlay, HeroUnitBlockProps } from './blocks/HeroUnit/block.js';
export { TICKET_LIST_SELECTIONS, TicketListPropsSchema, ticketListBlock } from './blocks/TicketList/block.js';
export type { TicketListBlockProps, TicketListSelection } from './blocks/TicketList/block.js';
export { ImageTeaserSchema, ImageTeasersPropsSchema, imageTeasersBlock } from './blocks/ImageTeasers/block.js';
// `ImageTeaser` (the stored teaser's type) is exported with the component of that name below.
export type { ImageTeasersBlockProps } from './blocks/ImageTeasers/block.js';
export { LinkListSchema, LinkListSourceSchema, LinkListsPropsSchema, linkListsBlock, ManualLinkSchema } from './blocks/LinkLists/block.js';
// `LinkList` (the stored list's type) is exported with the component of that name below.
export type { LinkListSource, LinkListsBlockProps, ManualLink } from './blocks/LinkLists/block.js';
export { ContentCardSchema, ContentCardsPropsSchema, contentCardsBlock, MAX_CONTENT_CARDS } from './blocks/ContentCards/block.js';
export type { ContentCard, ContentCardsBlockProps } from './blocks/ContentCards/block.js';

// Security: the only ways admin-entered HTML, links and scripts reach the DOM.
export { SafeHtml } from './portal/SafeHtml/index.js';
export type { SafeHtmlElement, SafeHtmlProps } from './portal/SafeHtml/index.js';
export { SafeLink } from './portal/SafeLink/index.js';
export type { SafeLinkProps } from './portal/SafeLink/index.js';
export { PortalScripts } from './portal/PortalScripts/index.js';
export type { BlockedScript, FailedScript, PortalScriptsProps } from './portal/PortalScripts/index.js';

// Data: the provider and hooks components read through, and the shared state components.
export * from './data/index.js';
export * from './portal/states/index.js';
export { isAdapterError } from './adapters/errors.js';
export type { AdapterError, AdapterErrorKind } from './adapters/errors.js';
export type { AdapterChange, AdapterDomain, ListResult, PortalAdapters, SearchResult } from './adapters/types.js';

// The home page and its blocks' portal components; `HomePageBlocks` is the one block renderer
// (the home page editor's preview uses it too).
export { HomePage, HomePageBlocks, prepareHomePageBlocks } from './portal/HomePage/index.js';
export type { HomePageBlocksProps, HomePageProblem, HomePageProps } from './portal/HomePage/index.js';
export { HeroUnit, heroPalette } from './portal/HeroUnit/index.js';
export type { HeroImageVariant, HeroPalette, HeroPaletteInput, HeroUnitProps } from './portal/HeroUnit/index.js';
export { defaultTicketHref, TicketList } from './portal/TicketList/index.js';
export type { TicketListProps, TicketSort, TicketStateFilter } from './portal/TicketList/index.js';
export { ImageTeaser, ImageTeaserRow } from './portal/ImageTeaser/index.js';
export type { ImageTeaserProps, ImageTeaserRowProps } from './portal/ImageTeaser/index.js';
export { LinkList, LinkListGroup } from './portal/LinkList/index.js';
export type { LinkListGroupProps, LinkListProps } from './portal/LinkList/index.js';
export { ContentCards } from './portal/ContentCards/index.js';
export type { ContentCardsProps, ContentCardsWarning } from './portal/ContentCards/index.js';
export { blockRenders, getBlockRender } from './blocks/renders.js';
export { defineBlockRender } from './blocks/defineBlockRender.js';
export type { BlockRender, BlockRenderProps, PreparedBlockProps } from './blocks/defineBlockRender.js';

// Service catalog.
export { CatalogBrowser } from './portal/CatalogBrowser/index.js';
export type {
  CatalogBrowserProps,
  CatalogBrowserStatus,
  CatalogLocation,
  CatalogLocationChangeDetails,
  CatalogLocationChangeReason,
} from './portal/CatalogBrowser/index.js';

// The portal's frame and pages.
export { PortalLayout, defaultPortalRoutes, LanguageSwitcher } from './portal/PortalLayout/index.js';
export type { CssSanitizer, LanguageSwitcherProps, PortalLayoutProps, PortalLayoutState, PortalNavigationLink, PortalRoutes } from './portal/PortalLayout/index.js';
export { CustomPage, CustomPageView } from './portal/CustomPage/index.js';
export type { CustomPageProps, CustomPageViewProps } from './portal/CustomPage/index.js';
export { NotFound } from './portal/NotFound/index.js';
export type { DocumentTitleOption, NotFoundProps } from './portal/NotFound/index.js';
export { TicketsPage } from './portal/TicketsPage/index.js';
export type { TicketsPageProps } from './portal/TicketsPage/index.js';
