import { useCallback, useMemo } from 'react';
import { styled } from 'styled-components';
import type { CatalogCategory, CatalogItem } from '../../model/index.js';
import type { Revision } from '../../model/revision.js';
import type { FieldChange, FieldValue } from '../../model/revisionDiff.js';
import { SafeHtml } from '../../portal/SafeHtml/SafeHtml.js';
import { SafeLink } from '../../portal/SafeLink/SafeLink.js';
import { useLanguageName } from '../kit/LanguageTabs/languageNames.js';
import { addRevisionHistoryStrings } from '../kit/RevisionHistory/i18n.js';
import { RevisionHistoryButton } from '../kit/RevisionHistory/RevisionHistoryButton.js';
import { useCatalogAdminTranslation } from './i18n.js';
import { useAllCatalogCategories } from './useCatalogAdminData.js';

const ItemView = styled.article`
  padding: ${({ theme }) => theme.space.sm};
  overflow-wrap: anywhere;
  & > h4 {
    margin-block: 0 ${({ theme }) => theme.space.sm};
    font-size: ${({ theme }) => theme.font.fontSizeMd};
  }
`;

const TOP_FIELDS: Readonly<Record<string, string>> = {
  validity: 'admin.validityLabel',
  visibleFrom: 'admin.scheduleFrom',
  visibleUntil: 'admin.scheduleUntil',
};
const ITEM_FIELDS: Readonly<Record<string, string>> = {
  internalTitle: 'catalogAdmin.itemInternalTitle',
  categoryIds: 'catalogAdmin.itemCategories',
  order: 'catalogAdmin.itemOrder',
  image: 'catalogAdmin.itemImage',
};
const ITEM_CONTENT: Readonly<Record<string, string>> = {
  title: 'catalogAdmin.itemTitle',
  text: 'catalogAdmin.itemText',
  imageAlt: 'catalogAdmin.itemImageAlt',
  links: 'catalogAdmin.itemLinks',
};
const CATEGORY_FIELDS: Readonly<Record<string, string>> = {
  internalTitle: 'catalogAdmin.categoryInternalTitle',
  parentId: 'catalogAdmin.categoryParent',
  order: 'catalogAdmin.categoryOrder',
};
const CATEGORY_CONTENT: Readonly<Record<string, string>> = {
  name: 'catalogAdmin.categoryName',
  description: 'catalogAdmin.categoryDescription',
};

type CatalogKind = 'catalogItem' | 'catalogCategory';
type StoredOf<Kind extends CatalogKind> = Kind extends 'catalogItem' ? CatalogItem : CatalogCategory;

export interface CatalogHistoryProps<Kind extends CatalogKind> {
  /** An item's or a category's history. */
  kind: Kind;
  /** The record as the editor last loaded or saved it. */
  record: StoredOf<Kind>;
  /** The editor's language tab: the rendered comparison starts in it. */
  activeLanguage: string;
  /** The editor holds unsaved changes: the restore confirmation warns they are discarded. */
  unsavedChanges: boolean;
  /** Called with the record as stored after a restore. */
  onRestored: (record: StoredOf<Kind>) => void;
}

/** The fields whose values are category ids. */
const CATEGORY_ID_FIELDS = new Set(['categoryIds', 'parentId']);

/**
 * The "History" button and dialog of the catalog item and category editors. Items are compared
 * side by side as the portal draws their title, text (sanitized) and links, and as a field diff;
 * categories (a name and a plain description) as a field diff alone.
 */
export function CatalogHistory<Kind extends CatalogKind>({ kind, record, activeLanguage, unsavedChanges, onRestored }: CatalogHistoryProps<Kind>) {
  const { t, i18n } = useCatalogAdminTranslation();
  addRevisionHistoryStrings(i18n);
  const languageName = useLanguageName();

  const fieldLabel = useCallback(
    (change: FieldChange) => {
      const [first = '', language, field = ''] = change.path.split('.');
      if (first === 'content' && language) {
        const key = (kind === 'catalogItem' ? ITEM_CONTENT : CATEGORY_CONTENT)[field];
        return `${key ? t(key) : t('revisionHistory.fieldOther')} (${languageName(language)})`;
      }
      const key = TOP_FIELDS[first] ?? (kind === 'catalogItem' ? ITEM_FIELDS : CATEGORY_FIELDS)[first];
      return key ? t(key) : t('revisionHistory.fieldOther');
    },
    [kind, t, languageName],
  );

  // The diff names an item's categories and a category's parent by their internal titles (the
  // editors read the same list); an id not among them is shown as it is (a deleted category).
  const categories = useAllCatalogCategories().data;
  const categoryNames = useMemo(() => new Map((categories ?? []).map((category) => [category.id, category.internalTitle])), [categories]);
  const formatValue = useCallback(
    (change: FieldChange, value: FieldValue) => {
      if (!CATEGORY_ID_FIELDS.has(change.path) || typeof value !== 'string') return String(value);
      // A list of ids is diffed as one text, "a, b".
      return value
        .split(', ')
        .map((id) => categoryNames.get(id) || id)
        .join(', ');
    },
    [categoryNames],
  );

  const renderItem = (snapshot: Revision['snapshot'], language: string) => {
    const content = 'categoryIds' in snapshot ? (snapshot as CatalogItem).content[language] : undefined;
    if (!content) return null;
    return (
      <ItemView lang={language}>
        <h4>{content.title}</h4>
        <SafeHtml html={content.text} />
        {content.links.length > 0 && (
          <ul>
            {content.links.map((link, index) => (
              <li key={index}>
                <SafeLink href={link.url}>{link.label || link.url}</SafeLink>
              </li>
            ))}
          </ul>
        )}
      </ItemView>
    );
  };

  return (
    <RevisionHistoryButton
      buttonSlot={kind === 'catalogItem' ? 'catalog-item-history-open' : 'catalog-category-history-open'}
      recordKind={kind}
      recordId={record.id}
      currentVersion={record.version}
      languages={Object.keys(record.content)}
      defaultLanguage={activeLanguage}
      fieldLabel={fieldLabel}
      formatValue={formatValue}
      renderSnapshot={kind === 'catalogItem' ? renderItem : undefined}
      unsavedChanges={unsavedChanges}
      onRestored={(revision) => {
        if (revision.recordKind === kind) onRestored(revision.snapshot as StoredOf<Kind>);
      }}
    />
  );
}
CatalogHistory.displayName = 'CatalogHistory';
