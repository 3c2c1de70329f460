import { useRef } from 'react';
import { createId } from '../../model/common.js';
import type { LanguageTag } from '../../model/index.js';
import { useCustomPages, usePortalAdapters, useSearch } from '../../data/index.js';
import { defineBlockFields, type BlockFieldsProps } from '../../admin/HomePageEditor/types.js';
import { HrefField } from '../../admin/HomePageEditor/parts/HrefField.js';
import { ItemControls, moveItem } from '../../admin/HomePageEditor/parts/ItemControls.js';
import { inLanguage, optionalText, patchLocalized } from '../../admin/HomePageEditor/parts/localized.js';
import { CheckboxLabel, Columns, FieldGroup, HeaderRow, Hint, Stack } from '../../admin/HomePageEditor/parts/styles.js';
import { useHomeEditorTranslation } from '../../admin/HomePageEditor/i18n.js';
import { Field, TextField } from '../../admin/kit/Field/index.js';
import { Button, Select } from '../../admin/kit/primitives.styles.js';
import type { LinkList, LinkListSource, ManualLink } from './block.js';

const MAX_LISTS = 6;
const MAX_LINKS = 30;

/** A select of the valid custom pages that fills a link's destination with the page's path. */
function PagePicker({ href, onPick }: { href: string | undefined; onPick: (href: string) => void }) {
  const { t } = useHomeEditorTranslation();
  const pages = useCustomPages({ audience: 'portal', perPage: 100 });
  const options = pages.data?.data ?? [];
  const current = options.find((page) => `/page/${page.slug}` === href);
  return (
    <Field label={t('homeEditor.linkPage')}>
      {(controlProps) => (
        <Select {...controlProps} value={current ? current.slug : ''} onChange={(event) => event.target.value !== '' && onPick(`/page/${event.target.value}`)}>
          <option value="">{t('homeEditor.linkPageNone')}</option>
          {options.map((page) => (
            <option key={page.id} value={page.slug}>
              {page.internalTitle}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

/** What a search-driven list shows now, in the language being edited. */
function SearchResultsPreview({ query, maxCount, language }: { query: string; maxCount: number; language: LanguageTag }) {
  const { t } = useHomeEditorTranslation();
  const results = useSearch({ query, language, limit: Number.isFinite(maxCount) ? maxCount : 1 });
  return (
    <div data-slot="search-preview" aria-live="polite">
      <Hint>{t('homeEditor.searchPreview')}</Hint>
      {query.trim() === '' ? null : results.status === 'pending' ? (
        <Hint>{t('common.loading')}</Hint>
      ) : results.status === 'error' ? (
        <Hint>{t('homeEditor.searchUnavailable')}</Hint>
      ) : results.data && results.data.data.length > 0 ? (
        <ul>
          {results.data.data.map((hit) => (
            <li key={hit.id}>{hit.title}</li>
          ))}
        </ul>
      ) : (
        <Hint>{t('homeEditor.searchNoResults')}</Hint>
      )}
    </div>
  );
}

/** The link lists' form: add and remove lists; each list's items by hand or from a search. */
function LinkListsFields({ blockId, props, onPropsChange, language, errorFor }: BlockFieldsProps<'link-lists'>) {
  const { t } = useHomeEditorTranslation();
  const adapters = usePortalAdapters();
  const { lists } = props;
  const setLists = (next: LinkList[]) => onPropsChange({ ...props, lists: next });
  const update = (index: number, patch: Partial<LinkList>) => setLists(lists.map((list, at) => (at === index ? { ...list, ...patch } : list)));
  const headingId = `${blockId}-lists-heading`;
  // What each list held under the source it was switched away from, so switching back restores
  // it: a slip of the radio button loses no links (for as long as the editor is open).
  const setAside = useRef(new Map<string, Partial<Record<LinkListSource['type'], LinkListSource>>>());
  const switchSource = (index: number, list: LinkList, type: LinkListSource['type']) => {
    if (list.source.type === type) return;
    const kept = setAside.current.get(list.id) ?? {};
    setAside.current.set(list.id, { ...kept, [list.source.type]: list.source });
    update(index, { source: kept[type] ?? (type === 'manual' ? { type: 'manual', links: [] } : { type: 'search', query: '', maxCount: 5 }) });
  };

  return (
    <Stack data-slot="link-lists-fields" role="group" aria-labelledby={headingId}>
      <HeaderRow>
        <h4 id={headingId}>{t('homeEditor.listsHeading')}</h4>
        <Button
          type="button"
          $variant="primary"
          disabled={lists.length >= MAX_LISTS}
          aria-label={t('homeEditor.listAdd')}
          onClick={() => setLists([...lists, { id: createId('list-'), content: { [language]: { title: '' } }, source: { type: 'manual', links: [] } }])}
          data-slot="list-add"
        >
          {t('homeEditor.add')}
        </Button>
      </HeaderRow>
      {errorFor('lists') && <Hint role="alert">{errorFor('lists')}</Hint>}
      {lists.map((list, index) => {
        const name = t('homeEditor.listName', { number: index + 1 });
        const content = inLanguage(list.content, language);
        const path = (field: string) => `lists.${index}.${field}`;
        const setSource = (source: LinkListSource) => update(index, { source });
        const links = list.source.type === 'manual' ? list.source.links : [];
        const setLinks = (next: ManualLink[]) => setSource({ type: 'manual', links: next });
        return (
          <FieldGroup key={list.id} data-slot="link-list-fields">
            <legend>{name}</legend>
            <TextField
              label={t('homeEditor.listTitle')}
              required
              lang={language}
              autoComplete="off"
              value={content?.title ?? ''}
              onChange={(event) => update(index, { content: patchLocalized(list.content, language, { title: '' }, { title: event.target.value }) })}
              error={errorFor(path(`content.${language}.title`))}
            />
            <Columns>
              <TextField
                label={t('homeEditor.showMoreLabel')}
                lang={language}
                autoComplete="off"
                value={content?.showMoreLabel ?? ''}
                onChange={(event) =>
                  update(index, { content: patchLocalized<LinkList['content'][string]>(list.content, language, { title: '' }, { showMoreLabel: optionalText(event.target.value) }) })
                }
                error={errorFor(path(`content.${language}.showMoreLabel`))}
              />
              <HrefField label={t('homeEditor.showMoreHref')} value={list.showMoreHref} onValueChange={(showMoreHref) => update(index, { showMoreHref })} error={errorFor(path('showMoreHref'))} />
            </Columns>
            <FieldGroup>
              <legend>{t('homeEditor.listSource')}</legend>
              <CheckboxLabel>
                <input type="radio" name={`${list.id}-source`} checked={list.source.type === 'manual'} onChange={() => switchSource(index, list, 'manual')} />
                {t('homeEditor.sourceManual')}
              </CheckboxLabel>
              <CheckboxLabel>
                <input type="radio" name={`${list.id}-source`} checked={list.source.type === 'search'} onChange={() => switchSource(index, list, 'search')} />
                {t('homeEditor.sourceSearch')}
              </CheckboxLabel>
            </FieldGroup>
            {list.source.type === 'search' ? (
              <>
                <Columns>
                  <TextField
                    label={t('homeEditor.searchQuery')}
                    required
                    autoComplete="off"
                    value={list.source.query}
                    onChange={(event) => list.source.type === 'search' && setSource({ ...list.source, query: event.target.value })}
                    error={errorFor(path('source.query'))}
                  />
                  <TextField
                    label={t('homeEditor.searchMax')}
                    description={t('homeEditor.ticketCountRange')}
                    type="number"
                    min={1}
                    max={20}
                    value={Number.isFinite(list.source.maxCount) ? String(list.source.maxCount) : ''}
                    onChange={(event) =>
                      list.source.type === 'search' && setSource({ ...list.source, maxCount: event.target.value === '' ? Number.NaN : Number(event.target.value) })
                    }
                    error={errorFor(path('source.maxCount'))}
                  />
                </Columns>
                {adapters.search && <SearchResultsPreview query={list.source.query} maxCount={list.source.maxCount} language={language} />}
              </>
            ) : (
              <Stack>
                <HeaderRow>
                  <h4>{t('homeEditor.linksHeading')}</h4>
                  <Button
                    type="button"
                    disabled={links.length >= MAX_LINKS}
                    aria-label={t('homeEditor.linkAdd', { list: name })}
                    onClick={() => setLinks([...links, { id: createId('link-'), href: '', content: { [language]: { label: '' } } }])}
                    data-slot="link-add"
                  >
                    {t('homeEditor.add')}
                  </Button>
                </HeaderRow>
                {links.map((link, linkIndex) => {
                  const linkName = t('homeEditor.linkName', { number: linkIndex + 1, list: name });
                  const updateLink = (patch: Partial<ManualLink>) => setLinks(links.map((item, at) => (at === linkIndex ? { ...item, ...patch } : item)));
                  const linkPath = (field: string) => path(`source.links.${linkIndex}.${field}`);
                  return (
                    <FieldGroup key={link.id} data-slot="link-fields">
                      <legend>{linkName}</legend>
                      <TextField
                        label={t('homeEditor.linkLabel')}
                        required
                        lang={language}
                        autoComplete="off"
                        value={inLanguage(link.content, language)?.label ?? ''}
                        onChange={(event) => updateLink({ content: patchLocalized(link.content, language, { label: '' }, { label: event.target.value }) })}
                        error={errorFor(linkPath(`content.${language}.label`))}
                      />
                      {adapters.customPages && <PagePicker href={link.href} onPick={(href) => updateLink({ href })} />}
                      <HrefField label={t('homeEditor.linkHref')} required value={link.href} onValueChange={(href) => updateLink({ href: href ?? '' })} error={errorFor(linkPath('href'))} />
                      <ItemControls name={linkName} index={linkIndex} count={links.length} onMove={(from, to) => setLinks(moveItem(links, from, to))} onRemove={() => setLinks(links.filter((_, at) => at !== linkIndex))} />
                    </FieldGroup>
                  );
                })}
              </Stack>
            )}
            <ItemControls
              name={name}
              index={index}
              count={lists.length}
              onMove={(from, to) => setLists(moveItem(lists, from, to))}
              onRemove={lists.length > 1 ? () => setLists(lists.filter((_, at) => at !== index)) : undefined}
            />
          </FieldGroup>
        );
      })}
    </Stack>
  );
}

/** The editor side of the link lists. */
export const linkListsFields = defineBlockFields({ type: 'link-lists', labelKey: 'homeEditor.blockLinkLists', Component: LinkListsFields });
