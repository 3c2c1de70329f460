import { useId, useMemo, useState, type ComponentProps } from 'react';
import type { LanguageTag } from '../../model/index.js';
import {
  TRANSLATION_COMPLETENESS,
  TRANSLATION_RECORD_KINDS,
  type TranslationCompleteness,
  type TranslationRecord,
  type TranslationRecordKind,
} from '../../model/translationStatus.js';
import { I18N_NAMESPACE } from '../../i18n/namespace.js';
import { useFormatters } from '../../portal/PortalProvider/index.js';
import { EmptyState, ErrorState, LoadingState } from '../../portal/states/index.js';
import { addHomeEditorStrings } from '../HomePageEditor/i18n.js';
import { useLanguageName } from '../kit/LanguageTabs/languageNames.js';
import { ListView, type ListColumn } from '../kit/ListView/ListView.js';
import { Button, Select } from '../kit/primitives.styles.js';
import { TranslationStatusBadge, TranslationStatusIcon } from '../kit/TranslationStatusBadge/TranslationStatusBadge.js';
import { useTranslationStatusTranslation } from '../translationStrings.js';
import { Filters, HeadingWithIcon, OpenLink, StatusRoot, SummaryTable } from './TranslationStatus.styles.js';
import { useTranslationOverview } from './useTranslationOverview.js';

const NAME = 'TranslationStatus';

const KIND_KEYS: Record<TranslationRecordKind, string> = {
  'custom-page': 'translationStatus.kindCustomPage',
  'home-block': 'translationStatus.kindHomeBlock',
  'catalog-category': 'translationStatus.kindCatalogCategory',
  'catalog-item': 'translationStatus.kindCatalogItem',
  layout: 'translationStatus.kindLayout',
};

const COLUMN_KEYS: Record<TranslationCompleteness, string> = {
  complete: 'translationStatus.columnComplete',
  incomplete: 'translationStatus.columnIncomplete',
  missing: 'translationStatus.columnMissing',
};

// Sorting a language's column puts the most work first.
const STATUS_RANK: Record<TranslationCompleteness, number> = { missing: 0, incomplete: 1, complete: 2 };

/** `hero-unit` → `homeEditor.blockHeroUnit`, the home page editor's name of the block type. */
const blockNameKey = (type: string) => `homeEditor.block${type.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`;

export interface TranslationStatusProps extends Omit<ComponentProps<'section'>, 'children'> {
  /**
   * The portal's languages, in order (e.g. the languages the editors offer).
   * @default the portal's default language, then every language stored in the content
   */
  languages?: readonly LanguageTag[] | undefined;
  /** "Open": opens the record in its editor; called with the record (kind and id say which). */
  onOpenRecord?: ((record: TranslationRecord) => void) | undefined;
  /** Where a record's editor is, for an "Open" link through the host's link component (wins over `onOpenRecord`). */
  getRecordHref?: ((record: TranslationRecord) => string | undefined) | undefined;
  /** Records per list page. @default 25 */
  pageSize?: number | undefined;
}

/**
 * How far each language of the portal's content is translated: the number of complete,
 * incomplete and missing records per language across custom pages, home page blocks, the
 * service catalog and the layout, then every record with its status per language, filterable
 * by language, status, type and title, each with a way into its editor. Reads through the
 * surrounding provider's adapters (see `useTranslationOverview`); loading, empty and error
 * (with "Try again") use the portal's shared state components.
 */
export function TranslationStatus({ languages, onOpenRecord, getRecordHref, pageSize = 25, ...rest }: TranslationStatusProps) {
  const { t, i18n } = useTranslationStatusTranslation();
  addHomeEditorStrings(i18n);
  const { formatNumber } = useFormatters();
  const languageName = useLanguageName();
  const headingId = useId();
  const overview = useTranslationOverview({ languages });
  const [languageFilter, setLanguageFilter] = useState<LanguageTag | ''>('');
  const [statusFilter, setStatusFilter] = useState<TranslationCompleteness | ''>('');
  const [kindFilter, setKindFilter] = useState<TranslationRecordKind | ''>('');

  const data = overview.data;
  const shownLanguages = data?.languages ?? [];
  const activeLanguage = languageFilter && shownLanguages.includes(languageFilter) ? languageFilter : '';

  const label = (record: TranslationRecord) => {
    if (record.kind === 'layout') return t('translationStatus.layoutRecord');
    if (record.kind === 'home-block') {
      const type = record.blockType ?? '';
      const name = i18n.exists(blockNameKey(type), { ns: I18N_NAMESPACE }) ? t(blockNameKey(type)) : type;
      return record.hidden ? t('translationStatus.hiddenBlock', { name }) : name;
    }
    return record.title.trim() || t('translationStatus.untitled');
  };

  const rows = useMemo(() => {
    const records = data?.records ?? [];
    return records.filter((record) => {
      if (kindFilter && record.kind !== kindFilter) return false;
      if (!statusFilter) return true;
      const states = activeLanguage ? [record.report.languages[activeLanguage]] : Object.values(record.report.languages);
      return states.includes(statusFilter);
    });
  }, [data, kindFilter, statusFilter, activeLanguage]);

  let body;
  if (overview.status === 'error' && overview.error) {
    body = <ErrorState error={overview.error} onRetry={overview.retry} retrying={overview.isFetching} />;
  } else if (!data) {
    body = <LoadingState label={t('translationStatus.loading')} variant="list" />;
  } else if (data.records.length === 0) {
    body = <EmptyState title={t('translationStatus.empty')} />;
  } else {
    const columns: ListColumn<TranslationRecord>[] = [
      { id: 'record', header: t('translationStatus.columnRecord'), cell: label, sortValue: label, rowHeader: true },
      { id: 'kind', header: t('translationStatus.columnKind'), cell: (record) => t(KIND_KEYS[record.kind]), sortValue: (record) => TRANSLATION_RECORD_KINDS.indexOf(record.kind) },
      ...(activeLanguage ? [activeLanguage] : shownLanguages).map(
        (language): ListColumn<TranslationRecord> => ({
          id: `language-${language}`,
          header: languageName(language),
          cell: (record) => {
            const state = record.report.languages[language];
            return state ? <TranslationStatusBadge status={state} data-language={language} /> : null;
          },
          sortValue: (record) => STATUS_RANK[record.report.languages[language] ?? 'missing'],
        }),
      ),
    ];
    const canOpen = getRecordHref !== undefined || onOpenRecord !== undefined;
    const filtered = kindFilter !== '' || statusFilter !== '';
    body = (
      <>
        <SummaryTable data-slot="translation-status-summary">
          <caption>{t('translationStatus.summaryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('translationStatus.columnLanguage')}</th>
              {TRANSLATION_COMPLETENESS.map((state) => (
                <th key={state} scope="col">
                  <HeadingWithIcon>
                    <TranslationStatusIcon status={state} />
                    {t(COLUMN_KEYS[state])}
                  </HeadingWithIcon>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shownLanguages.map((language) => (
              <tr key={language} data-language={language}>
                <th scope="row">{languageName(language)}</th>
                {TRANSLATION_COMPLETENESS.map((state) => (
                  <td key={state} data-state={state}>
                    {formatNumber(data.counts[language]?.[state] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </SummaryTable>
        <ListView<TranslationRecord>
          label={t('translationStatus.recordsLabel')}
          rows={rows}
          getRowId={(record) => `${record.kind}:${record.id}`}
          columns={columns}
          filter={(record, query) => label(record).toLocaleLowerCase().includes(query.toLocaleLowerCase())}
          filterLabel={t('translationStatus.filterText')}
          pageSize={pageSize}
          emptyMessage={filtered ? t('translationStatus.noMatches') : t('translationStatus.empty')}
          data-slot="translation-status-records"
          toolbar={
            <Filters data-slot="translation-status-filters">
              <label>
                {t('translationStatus.filterLanguage')}
                <Select value={activeLanguage} onChange={(event) => setLanguageFilter(event.target.value)} data-slot="translation-status-language">
                  <option value="">{t('translationStatus.filterLanguageAll')}</option>
                  {shownLanguages.map((language) => (
                    <option key={language} value={language}>
                      {languageName(language)}
                    </option>
                  ))}
                </Select>
              </label>
              <label>
                {t('translationStatus.filterStatus')}
                <Select value={statusFilter} onChange={(event) => setStatusFilter(event.target.value as TranslationCompleteness | '')} data-slot="translation-status-state">
                  <option value="">{t('translationStatus.filterStatusAll')}</option>
                  {TRANSLATION_COMPLETENESS.map((state) => (
                    <option key={state} value={state}>
                      {t(COLUMN_KEYS[state])}
                    </option>
                  ))}
                </Select>
              </label>
              <label>
                {t('translationStatus.filterKind')}
                <Select value={kindFilter} onChange={(event) => setKindFilter(event.target.value as TranslationRecordKind | '')} data-slot="translation-status-kind">
                  <option value="">{t('translationStatus.filterKindAll')}</option>
                  {TRANSLATION_RECORD_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(KIND_KEYS[kind])}
                    </option>
                  ))}
                </Select>
              </label>
            </Filters>
          }
          rowActions={
            canOpen
              ? (record) => {
                  const name = t('translationStatus.openNamed', { title: label(record) });
                  const href = getRecordHref?.(record);
                  if (href !== undefined) {
                    return (
                      <OpenLink href={href} aria-label={name} data-slot="translation-status-open">
                        {t('translationStatus.open')}
                      </OpenLink>
                    );
                  }
                  return onOpenRecord ? (
                    <Button type="button" aria-label={name} onClick={() => onOpenRecord(record)} data-slot="translation-status-open">
                      {t('translationStatus.open')}
                    </Button>
                  ) : null;
                }
              : undefined
          }
        />
      </>
    );
  }

  return (
    <StatusRoot aria-labelledby={headingId} data-slot="translation-status-view" data-state={data ? 'ready' : overview.status === 'error' ? 'error' : 'loading'} {...rest}>
      <h2 id={headingId}>{t('translationStatus.heading')}</h2>
      <p>{t('translationStatus.description')}</p>
      {body}
    </StatusRoot>
  );
}
TranslationStatus.displayName = NAME;
