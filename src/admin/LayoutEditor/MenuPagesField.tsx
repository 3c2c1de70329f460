import { useEffect, useId, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { useCustomPages } from '../../data/index.js';
import { MAX_MENU_PAGES, type CustomPage } from '../../model/index.js';
import { Button, ButtonRow, Notice, Select, VisuallyHidden } from '../kit/primitives.styles.js';
import { ValidityBadge } from '../kit/ValiditySelect/index.js';
import { useLayoutEditorTranslation } from './i18n.js';
import { Group, Muted } from './LayoutEditor.styles.js';

const NAME = 'MenuPagesField';

export interface MenuPagesFieldProps {
  /** Slugs of the pages in the menu, in order. */
  value: readonly string[];
  /** Called with the new list after an add, a move or a removal. */
  onValueChange: (slugs: string[]) => void;
}

const PageList = styled.ol`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  margin: 0 0 ${({ theme }) => theme.space.sm};
  padding: 0;
  list-style: none;
`;

const PageRow = styled.li`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.sm};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.sm};
  background: ${({ theme }) => theme.color.surface};
`;

const PageName = styled.span`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  min-inline-size: 0;
  overflow-wrap: anywhere;

  & > code {
    font-family: ${({ theme }) => theme.font.monospaceFontFamily};
    font-size: ${({ theme }) => theme.font.fontSizeSm};
    color: ${({ theme }) => theme.color.textMuted};
  }
`;

const AddRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: end;
  gap: ${({ theme }) => theme.space.sm};

  & label {
    display: grid;
    gap: ${({ theme }) => theme.space.xxs};
  }
`;

type Action = 'up' | 'down' | 'remove' | 'picker';

/**
 * The custom pages in the portal's main navigation: the chosen ones in menu order, each with
 * move up / move down / remove buttons, and a picker of the stored pages not yet chosen. A
 * chosen page that is not valid, or no longer exists, is marked as not shown. Every change is
 * announced; after a move the focus stays on the moved page's button.
 */
export function MenuPagesField({ value, onValueChange }: MenuPagesFieldProps) {
  const { t } = useLayoutEditorTranslation();
  const id = useId();
  const pages = useCustomPages({ audience: 'admin', perPage: 200, sort: { field: 'internalTitle', order: 'asc' } });
  const [choice, setChoice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  // Where the focus goes once the list has re-rendered after a change.
  const focusTarget = useRef<{ slug: string; action: Action } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const picker = useRef<HTMLSelectElement>(null);

  const bySlug = new Map<string, CustomPage>((pages.data?.data ?? []).map((page) => [page.slug, page]));
  const nameOf = (slug: string) => bySlug.get(slug)?.internalTitle ?? slug;
  const available = (pages.data?.data ?? []).filter((page) => !value.includes(page.slug));
  const full = value.length >= MAX_MENU_PAGES;
  const selected = available.some((page) => page.slug === choice) ? choice : (available[0]?.slug ?? '');

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    if (target.action === 'picker') {
      picker.current?.focus();
      return;
    }
    const row = list.current?.querySelector<HTMLElement>(`[data-menu-page="${CSS.escape(target.slug)}"]`);
    // A page moved to an end has that end's button disabled: the other one keeps the focus.
    const preferred = row?.querySelector<HTMLButtonElement>(`[data-action="${target.action}"]:not(:disabled)`);
    (preferred ?? row?.querySelector<HTMLButtonElement>('button:not(:disabled)'))?.focus();
  });

  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    const [slug] = next.splice(index, 1);
    if (slug === undefined) return;
    next.splice(index + by, 0, slug);
    onValueChange(next);
    setAnnouncement(t('layoutEditor.menuPagesMoved', { name: nameOf(slug), position: index + by + 1, count: next.length }));
    focusTarget.current = { slug, action: by < 0 ? 'up' : 'down' };
  };
  const remove = (index: number) => {
    const slug = value[index];
    if (slug === undefined) return;
    onValueChange(value.filter((_, at) => at !== index));
    setAnnouncement(t('layoutEditor.menuPagesRemoved', { name: nameOf(slug) }));
    // The focus goes to the next row, else the previous one, else the picker.
    const neighbour = value[index + 1] ?? value[index - 1];
    focusTarget.current = neighbour !== undefined ? { slug: neighbour, action: 'remove' } : { slug, action: 'picker' };
  };
  const add = () => {
    if (selected === '' || full) return;
    onValueChange([...value, selected]);
    setAnnouncement(t('layoutEditor.menuPagesAdded', { name: nameOf(selected) }));
  };

  return (
    <Group data-slot="layout-menu-pages" aria-describedby={`${id}-description`}>
      <legend>{t('layoutEditor.menuPages')}</legend>
      <Muted id={`${id}-description`}>{t('layoutEditor.menuPagesDescription')}</Muted>
      {value.length === 0 ? (
        <Muted data-slot="layout-menu-pages-empty">{t('layoutEditor.menuPagesEmpty')}</Muted>
      ) : (
        <PageList ref={list} aria-label={t('layoutEditor.menuPages')} data-slot="layout-menu-pages-list">
          {value.map((slug, index) => {
            const page = bySlug.get(slug);
            const name = nameOf(slug);
            return (
              <PageRow key={slug} data-menu-page={slug} data-slot="layout-menu-page">
                <PageName>
                  <span>{name}</span>
                  <code dir="ltr">{slug}</code>
                  {pages.status === 'success' && !page && <span data-slot="layout-menu-page-missing">{t('layoutEditor.menuPagesMissing')}</span>}
                  {page && page.validity !== 'valid' && (
                    <span data-slot="layout-menu-page-hidden">
                      <ValidityBadge validity={page.validity} /> {t('layoutEditor.menuPagesHidden')}
                    </span>
                  )}
                </PageName>
                <ButtonRow>
                  <Button type="button" data-action="up" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('layoutEditor.menuPagesMoveUp', { name })}>
                    ↑
                  </Button>
                  <Button
                    type="button"
                    data-action="down"
                    disabled={index === value.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={t('layoutEditor.menuPagesMoveDown', { name })}
                  >
                    ↓
                  </Button>
                  <Button type="button" data-action="remove" onClick={() => remove(index)}>
                    {t('layoutEditor.menuPagesRemove', { name })}
                  </Button>
                </ButtonRow>
              </PageRow>
            );
          })}
        </PageList>
      )}
      {pages.status === 'error' ? (
        <Notice $tone="danger" role="alert" data-slot="layout-menu-pages-error">
          <p>{t('layoutEditor.menuPagesLoadFailed')}</p>
          <ButtonRow>
            <Button type="button" onClick={pages.retry}>
              {t('common.retry')}
            </Button>
          </ButtonRow>
        </Notice>
      ) : pages.status === 'pending' ? (
        <Muted role="status">{t('common.loading')}</Muted>
      ) : full ? (
        <Muted data-slot="layout-menu-pages-full">{t('layoutEditor.menuPagesFull', { count: MAX_MENU_PAGES })}</Muted>
      ) : available.length === 0 ? (
        <Muted>{t('layoutEditor.menuPagesNoneLeft')}</Muted>
      ) : (
        <AddRow>
          <label>
            {t('layoutEditor.menuPagesChoose')}
            <Select ref={picker} value={selected} onChange={(event) => setChoice(event.currentTarget.value)} data-slot="layout-menu-pages-picker">
              {available.map((page) => (
                <option key={page.id} value={page.slug}>
                  {page.validity === 'valid' ? page.internalTitle : `${page.internalTitle} (${t(`admin.${VALIDITY_KEY[page.validity]}`)})`}
                </option>
              ))}
            </Select>
          </label>
          <Button type="button" onClick={add} data-slot="layout-menu-pages-add">
            {t('layoutEditor.menuPagesAdd')}
          </Button>
        </AddRow>
      )}
      <VisuallyHidden role="status" data-slot="layout-menu-pages-announcement">
        {announcement}
      </VisuallyHidden>
    </Group>
  );
}
MenuPagesField.displayName = NAME;

const VALIDITY_KEY = { valid: 'validityValid', invalid: 'validityInvalid', 'invalid-temporarily': 'validityInvalidTemporarily' } as const;
