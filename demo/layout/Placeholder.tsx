import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { useDemoTranslation } from '../i18n.js';

const Panel = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  justify-items: start;
  padding: ${({ theme }) => theme.space.xl};
  background: ${({ theme }) => theme.color.surface};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.lg};
  box-shadow: ${({ theme }) => theme.shadow.raised};

  & > * {
    margin: 0;
  }
`;

const Title = styled.h1`
  font-family: ${({ theme }) => theme.font.headingFontFamily};
  font-size: ${({ theme }) => theme.font.fontSizeXxl};
  line-height: 1.2;
`;

const Badge = styled.span`
  padding-block: ${({ theme }) => theme.space.xxs};
  padding-inline: ${({ theme }) => theme.space.sm};
  border-radius: ${({ theme }) => theme.radius.pill};
  background: ${({ theme }) => theme.color.accent};
  color: ${({ theme }) => theme.color.onAccent};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
`;

const Body = styled.div`
  font-size: ${({ theme }) => theme.font.fontSizeLg};
  max-inline-size: 40rem;

  & > p {
    margin: 0;
  }

  & > * + * {
    margin-block-start: ${({ theme }) => theme.space.sm};
  }

  & a {
    color: ${({ theme }) => theme.color.primaryText};
  }

  & a:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

const Note = styled.p`
  color: ${({ theme }) => theme.color.textMuted};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
`;

export interface PlaceholderProps {
  /** The screen's heading (also the document title). */
  title: string;
  /** What the screen will show. */
  children: ReactNode;
  /** Whether to mark the screen as a stand-in; `false` for screens that are final. @default true */
  placeholder?: boolean;
}

/** An honest stand-in for a screen whose library component has not landed yet. */
export function Placeholder({ title, children, placeholder = true }: PlaceholderProps) {
  const { t } = useDemoTranslation();
  return (
    <Panel data-slot="placeholder" aria-labelledby="placeholder-title">
      <title>{`${title} · ${t('brand')}`}</title>
      {placeholder && <Badge>{t('placeholder')}</Badge>}
      <Title id="placeholder-title">{title}</Title>
      <Body>{children}</Body>
      {placeholder && <Note>{t('placeholderNote')}</Note>}
    </Panel>
  );
}
