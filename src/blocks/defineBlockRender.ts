import type { ComponentType } from 'react';
import type { FieldIssue } from '../model/validate.js';
import type { HomePageBlockOf, HomePageBlockType } from './registry.js';

/** What a block's portal component receives from the one home page renderer. */
export interface BlockRenderProps<Type extends HomePageBlockType = HomePageBlockType> {
  /** The block, typed by its schema (id, type, hidden, props). */
  block: HomePageBlockOf<Type>;
  /** Rendered in the home page editor's live preview rather than the published portal. */
  editing: boolean;
}

/** Stored props after {@link BlockRender.prepare}: what will be checked, and what was corrected. */
export interface PreparedBlockProps {
  props: Record<string, unknown>;
  /** What was corrected, with paths from the block (`props.cards`). */
  warnings: FieldIssue[];
}

/**
 * The render side of a block type, defined beside its `block.ts`: the component the home page
 * (and the editor's preview, through the same renderer) draws it with.
 */
export interface BlockRender<Type extends HomePageBlockType = HomePageBlockType> {
  /** The block type this renders. */
  type: Type;
  /** Draws the block. */
  Component: ComponentType<BlockRenderProps<Type>>;
  /**
   * Corrects stored props the portal can still show before the block's schema checks them
   * (more content cards than allowed: the first three are shown), reporting what it changed.
   */
  prepare?: ((props: Record<string, unknown>) => PreparedBlockProps) | undefined;
}

/** Declares the render side of a block type, keeping its literal type. */
export function defineBlockRender<const Type extends HomePageBlockType>(render: BlockRender<Type>): BlockRender<Type> {
  return render;
}
