import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type FocusEvent } from 'react';
import type { CatalogTreeNode } from '../../model/catalog.js';
import { localizeCategory } from '../../catalog/model.js';
import { usePortal } from '../PortalProvider/context.js';
import { useCatalogBrowserContext } from './context.js';
import { Group, Row, Toggle, Tree, TreeItem } from './CatalogTree.styles.js';

const NAME = 'CatalogTree';

export interface CatalogTreeProps {
  /** The tree's accessible name. */
  label: string;
}

/** The ids of the ancestors of `id`, nearest last. */
function ancestorsOf(nodes: ReadonlyMap<string, CatalogTreeNode>, id: string | null): string[] {
  const ids: string[] = [];
  for (let node = id ? nodes.get(id)?.parent : undefined; node; node = node.parent) ids.unshift(node.category.id);
  return ids;
}

/**
 * The categories as a tree (WAI-ARIA tree pattern): one tab stop; ↑/↓ move, → opens or moves
 * to the first sub-category, ← closes or moves to the parent (mirrored right to left), Home/End,
 * `*` opens all siblings, typing a letter moves to the next category starting with it, and
 * Enter or Space shows the category.
 */
export function CatalogTree({ label }: CatalogTreeProps) {
  const { model, placeCategoryId, navigate, language, defaultLanguage, t } = useCatalogBrowserContext(NAME);
  const { direction } = usePortal(NAME);
  const nodes = model.tree.nodes;
  const baseId = useId();
  const domId = (categoryId: string) => `${baseId}-${categoryId}`;

  // Opened by the customer; the current category's ancestors are opened whenever it changes.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(ancestorsOf(nodes, placeCategoryId)));
  const [shownPlace, setShownPlace] = useState(placeCategoryId);
  if (shownPlace !== placeCategoryId) {
    setShownPlace(placeCategoryId);
    const missing = ancestorsOf(nodes, placeCategoryId).filter((id) => !expanded.has(id));
    if (missing.length > 0) setExpanded(new Set([...expanded, ...missing]));
  }

  const visible = useMemo(() => {
    const list: CatalogTreeNode[] = [];
    const add = (node: CatalogTreeNode) => {
      list.push(node);
      if (expanded.has(node.category.id)) node.children.forEach(add);
    };
    model.tree.roots.forEach(add);
    return list;
  }, [model, expanded]);

  const [focusedId, setFocusedId] = useState<string | null>(null);
  const tabStop =
    (focusedId && visible.some((node) => node.category.id === focusedId) && focusedId) ||
    (placeCategoryId && visible.some((node) => node.category.id === placeCategoryId) && placeCategoryId) ||
    visible[0]?.category.id;

  const treeRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    const element = treeRef.current?.ownerDocument.getElementById(domId(pendingFocus.current));
    pendingFocus.current = null;
    element?.focus();
  });

  const nameOf = (node: CatalogTreeNode) => localizeCategory(node.category, language, defaultLanguage).name || t('catalog.untitled');

  const moveTo = (id: string | undefined) => {
    if (!id) return;
    setFocusedId(id);
    pendingFocus.current = id;
    // Focus now if the element exists (no re-render needed when the id is already the focused one).
    treeRef.current?.ownerDocument.getElementById(domId(id))?.focus();
  };

  const setOpen = (id: string, open: boolean) => {
    if (expanded.has(id) === open) return;
    const next = new Set(expanded);
    if (open) next.add(id);
    else next.delete(id);
    setExpanded(next);
  };

  const typeahead = useRef({ text: '', at: 0 });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    const id = target?.dataset.categoryId;
    const node = id ? nodes.get(id) : undefined;
    if (!node || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = visible.indexOf(node);
    const isOpen = expanded.has(node.category.id);
    const hasChildren = node.children.length > 0;
    const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(visible[index + 1]?.category.id);
        break;
      case 'ArrowUp':
        moveTo(visible[index - 1]?.category.id);
        break;
      case 'Home':
        moveTo(visible[0]?.category.id);
        break;
      case 'End':
        moveTo(visible[visible.length - 1]?.category.id);
        break;
      case forward:
        if (hasChildren && !isOpen) setOpen(node.category.id, true);
        else if (hasChildren) moveTo(node.children[0]?.category.id);
        break;
      case backward:
        if (hasChildren && isOpen) setOpen(node.category.id, false);
        else moveTo(node.parent?.category.id);
        break;
      case 'Enter':
      case ' ':
        navigate({ categoryId: node.category.id, itemId: null, query: '' }, { focus: { kind: 'none' } });
        break;
      case '*': {
        const siblings = node.parent ? node.parent.children : model.tree.roots;
        setExpanded(new Set([...expanded, ...siblings.filter((sibling) => sibling.children.length > 0).map((sibling) => sibling.category.id)]));
        break;
      }
      default:
        if (event.key.length === 1 && /\S/.test(event.key)) {
          const now = Date.now();
          const state = typeahead.current;
          state.text = now - state.at > 700 ? event.key : state.text + event.key;
          state.at = now;
          const wanted = state.text.toLocaleLowerCase(language);
          const ordered = [...visible.slice(index + (state.text.length === 1 ? 1 : 0)), ...visible.slice(0, index + 1)];
          moveTo(ordered.find((candidate) => nameOf(candidate).toLocaleLowerCase(language).startsWith(wanted))?.category.id);
        } else {
          handled = false;
        }
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('[role="treeitem"]');
    const id = item?.dataset.categoryId;
    if (!id) return;
    setFocusedId(id);
    if (target.closest('[data-slot="catalog-tree-toggle"]')) {
      setOpen(id, !expanded.has(id));
      return;
    }
    navigate({ categoryId: id, itemId: null, query: '' }, { focus: { kind: 'none' } });
  };

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')?.dataset.categoryId;
    if (id && id !== focusedId) setFocusedId(id);
  };

  const renderNodes = (list: readonly CatalogTreeNode[]) =>
    list.map((node, position) => {
      const id = node.category.id;
      const hasChildren = node.children.length > 0;
      const isOpen = hasChildren && expanded.has(id);
      const localized = localizeCategory(node.category, language, defaultLanguage);
      const groupId = `${domId(id)}-group`;
      return (
        // The treeitem is the row; its sub-categories follow it, owned through `aria-owns`, so the
        // treeitem's name is its own label and not the text of everything below it.
        <TreeItem key={id} role="none">
          <Row
            id={domId(id)}
            role="treeitem"
            data-slot="catalog-tree-item"
            data-category-id={id}
            data-state={hasChildren ? (isOpen ? 'open' : 'closed') : undefined}
            aria-level={node.depth + 1}
            aria-setsize={list.length}
            aria-posinset={position + 1}
            aria-expanded={hasChildren ? isOpen : undefined}
            aria-selected={id === placeCategoryId}
            aria-owns={isOpen ? groupId : undefined}
            // Name from content would take in the owned sub-categories too.
            aria-labelledby={`${domId(id)}-label`}
            tabIndex={id === tabStop ? 0 : -1}
          >
            <Toggle data-slot="catalog-tree-toggle" data-state={hasChildren ? (isOpen ? 'open' : 'closed') : 'leaf'} aria-hidden="true" />
            <span id={`${domId(id)}-label`} lang={localized.language !== language ? localized.language : undefined}>
              {localized.name || t('catalog.untitled')}
            </span>
          </Row>
          {isOpen ? (
            <Group id={groupId} role="group" data-slot="catalog-tree-group">
              {renderNodes(node.children)}
            </Group>
          ) : null}
        </TreeItem>
      );
    });

  return (
    <Tree ref={treeRef} role="tree" aria-label={label} data-slot="catalog-tree" onKeyDown={onKeyDown} onClick={onClick} onFocus={onFocus}>
      {renderNodes(model.tree.roots)}
    </Tree>
  );
}
CatalogTree.displayName = NAME;
