import type { ComponentType } from 'react';
import type { BlockPropsOf, HomePageBlockType } from '../../blocks/registry.js';
import type { LanguageTag } from '../../model/index.js';

/** What a block's editor form receives from the home page editor. */
export interface BlockFieldsProps<Type extends HomePageBlockType = HomePageBlockType> {
  /** The block's id (stable; prefixes ids and names). */
  blockId: string;
  /** The block's current (unsaved) props. */
  props: BlockPropsOf<Type>;
  /** Replaces the block's props; the preview follows at once. */
  onPropsChange: (props: BlockPropsOf<Type>) => void;
  /** Whether the block is hidden on the home page. */
  hidden: boolean;
  /** Shows or hides the block. */
  onHiddenChange: (hidden: boolean) => void;
  /** The language tab shown: per-language texts are edited in this language. */
  language: LanguageTag;
  /** The translated problem of a field, by its path inside `props` (`content.en.title`, `teasers.0.href`). */
  errorFor: (path: string) => string | undefined;
  /** The admin's time zone, for publish windows inside the block (a teaser's). @default the browser's */
  timeZone?: string | undefined;
}

/** The editor side of a block type, defined beside its `block.ts` in `<Block>.fields.tsx`. */
export interface BlockFields<Type extends HomePageBlockType = HomePageBlockType> {
  /** The block type this edits. */
  type: Type;
  /** i18n key of the block type's name (`homeEditor.blockHeroUnit`). */
  labelKey: string;
  /** The form. */
  Component: ComponentType<BlockFieldsProps<Type>>;
}

/** Declares the editor side of a block type, keeping its literal type. */
export function defineBlockFields<const Type extends HomePageBlockType>(fields: BlockFields<Type>): BlockFields<Type> {
  return fields;
}
