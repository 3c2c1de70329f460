import type { ComponentProps } from 'react';
import { styled } from 'styled-components';
import { PortalProvider } from '../../portal/PortalProvider/index.js';
import { SafeHtml } from '../../portal/SafeHtml/index.js';
import type { ThemeInput } from '../../theme/index.js';

const Article = styled.article`
  padding: ${({ theme }) => theme.space.md};
  background: ${({ theme }) => theme.color.background};
  color: ${({ theme }) => theme.color.text};
  & > h1 {
    margin-block: 0 ${({ theme }) => theme.space.md};
    font-family: ${({ theme }) => theme.font.headingFontFamily};
    font-size: ${({ theme }) => theme.font.fontSizeXxl};
  }
`;

export interface CustomPagePreviewProps extends Omit<ComponentProps<'article'>, 'title' | 'children'> {
  /** The page title in the previewed language. */
  title: string;
  /** The body HTML in the previewed language (sanitized before it is shown). */
  body: string;
  /** The previewed language: the preview's strings, direction and `lang` follow it. */
  language: string;
  /** The portal's theme, so the preview looks like the portal. */
  theme?: ThemeInput | undefined;
}

/**
 * The live preview of a custom page as the portal renders it: the title as the page's `h1`
 * and the body through `SafeHtml`, inside a `PortalProvider` in the previewed language.
 * Internal: it is swapped for the portal's own `CustomPage` renderer once that exists.
 */
export function CustomPagePreview({ title, body, language, theme, ...rest }: CustomPagePreviewProps) {
  return (
    <PortalProvider language={language} defaultLanguage={language} theme={theme}>
      <Article data-slot="custom-page-preview" {...rest}>
        <h1>{title}</h1>
        <SafeHtml html={body} />
      </Article>
    </PortalProvider>
  );
}
CustomPagePreview.displayName = 'CustomPagePreview';
