import type { AssetReference } from '../../model/asset.js';
import type { CustomerGroup } from '../../model/audience.js';
import type { CatalogCategory, CatalogItem } from '../../model/catalog.js';
import type { CustomPage } from '../../model/customPage.js';
import type { HomePageConfig } from '../../model/homePage.js';
import type { LayoutSettings } from '../../model/layout.js';
import type { Revision } from '../../model/revision.js';
import type { ScriptSettings } from '../../model/scripts.js';
import type { Ticket } from '../../model/ticket.js';

/**
 * The initial content of a bundled store. Every part is optional (an absent part starts
 * empty). Seed records are stored as given, without validation, so tests and stories can
 * seed malformed data on purpose and see how the portal copes.
 */
export interface PortalSeed {
  customPages?: readonly CustomPage[] | undefined;
  homePage?: HomePageConfig | null | undefined;
  layout?: LayoutSettings | null | undefined;
  scriptSettings?: ScriptSettings | null | undefined;
  catalogCategories?: readonly CatalogCategory[] | undefined;
  catalogItems?: readonly CatalogItem[] | undefined;
  tickets?: readonly Ticket[] | undefined;
  assets?: readonly AssetReference[] | undefined;
  /** The customer groups the store offers for audiences (read-only: not stored, taken from the seed each time). */
  customerGroups?: readonly CustomerGroup[] | undefined;
  /** Revisions of the seeded records (a record without any starts its history at its next save). */
  revisions?: readonly Revision[] | undefined;
}
