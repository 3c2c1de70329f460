import type { Decorator } from '@storybook/react-vite';
import { styled } from 'styled-components';
import { Header, LayoutFrame, TopBar } from '../../../src/portal/PortalLayout/PortalLayout.styles.js';

/** Where a story of a layout part is drawn: `parameters.header`. */
export interface HeaderStoryParameters {
  /** The layout's width, e.g. a phone's `22.5rem`. @default the canvas's */
  width?: string | undefined;
  /** In the header's top bar (account, language). @default false: below it (navigation) */
  bar?: boolean | undefined;
}

const Column = styled.div<{ $width: string | undefined }>`
  max-inline-size: ${({ $width }) => $width ?? 'none'};
`;

/**
 * Draws a story of one of the layout's parts where the layout draws it: in the header's colours
 * (`onPrimary` on `primary`), inside the layout's size container, so the navigation folds by
 * this width as it folds by the layout's.
 */
export const inHeader: Decorator = (Story, { parameters }) => {
  const { width, bar = false } = (parameters.header ?? {}) as HeaderStoryParameters;
  return (
    <Column $width={width} data-slot="story-header-column">
      <LayoutFrame data-slot="story-layout-frame">
        <Header as="div" data-slot="story-header">
          {bar ? (
            <TopBar>
              <Story />
            </TopBar>
          ) : (
            <Story />
          )}
        </Header>
      </LayoutFrame>
    </Column>
  );
};
