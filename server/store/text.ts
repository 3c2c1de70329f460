// Derived columns: what the database filters and sorts by, computed from a record when it is
// written. Folding and word matching are the bundled stores' own (src/adapters/store/query), so
// a filter finds the same records here as in the memory store.
import { foldText, htmlToText } from '../../src/adapters/store/query.js';
import type { CatalogCategory, CatalogItem } from '../../src/model/catalog.js';
import type { CustomPage } from '../../src/model/customPage.js';
import type { Ticket } from '../../src/model/ticket.js';

export { containsAll, foldText, htmlToText, queryWords } from '../../src/adapters/store/query.js';

/**
 * A key that sorts like the stores' collator (case- and accent-insensitive, numbers by value):
 * folded text with every run of digits padded to the same width, so `item 9` < `item 10`.
 */
export function sortKey(text: string): string {
  return foldText(text).replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(24, '0'));
}

const joinFolded = (parts: readonly string[]) => foldText(parts.join('\n'));

/** Columns of a custom page row. */
export function customPageColumns(page: CustomPage) {
  return {
    id: page.id,
    slug: page.slug,
    validity: page.validity,
    version: page.version,
    updated_at: page.updatedAt,
    sort_title: sortKey(page.internalTitle),
    search_text: foldText(`${page.internalTitle} ${page.slug}`),
    all_text: joinFolded(Object.values(page.content).map((entry) => `${entry.title} ${htmlToText(entry.body)}`)),
    data: JSON.stringify(page),
  };
}

/** Columns of a catalog category row. */
export function categoryColumns(category: CatalogCategory) {
  return {
    id: category.id,
    parent_id: category.parentId,
    validity: category.validity,
    sort_order: category.order,
    version: category.version,
    updated_at: category.updatedAt,
    sort_title: sortKey(category.internalTitle),
    search_text: foldText([category.internalTitle, ...Object.values(category.content).map((entry) => entry.name)].join(' ')),
    all_text: joinFolded(Object.values(category.content).map((entry) => `${entry.name} ${entry.description ?? ''}`)),
    data: JSON.stringify(category),
  };
}

/** The text of an item the admin's filter matches: internal title, and title and text in every language. */
export function itemAdminText(item: CatalogItem): string {
  return foldText([item.internalTitle, ...Object.values(item.content).map((entry) => `${entry.title} ${htmlToText(entry.text)}`)].join(' '));
}

/** Columns of a catalog item row. */
export function itemColumns(item: CatalogItem) {
  return {
    id: item.id,
    validity: item.validity,
    sort_order: item.order,
    version: item.version,
    updated_at: item.updatedAt,
    sort_title: sortKey(item.internalTitle),
    search_text: itemAdminText(item),
    data: JSON.stringify(item),
  };
}

/** Columns of a ticket row. */
export function ticketColumns(ticket: Ticket) {
  return {
    id: ticket.id,
    number_key: sortKey(ticket.number),
    title_key: sortKey(ticket.title),
    state_type: ticket.stateType,
    unread: ticket.unread ? 1 : 0,
    created_at: ticket.createdAt,
    changed_at: ticket.changedAt,
    search_text: foldText(`${ticket.number} ${ticket.title}`),
    data: JSON.stringify(ticket),
  };
}
