import { css, keyframes, styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

const stateBoxStyles = css`
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${theme.space.sm};
  padding-block: ${theme.space.lg};
  padding-inline: ${theme.space.md};
  font-family: ${theme.font.fontFamily};
  font-size: ${theme.font.fontSizeMd};
  line-height: ${theme.font.lineHeight};
  color: ${theme.color.text};
`;

export const LoadingRoot = styled.div`
  position: relative;
  display: flex;
  flex-direction: column;
  gap: ${theme.space.sm};
  padding-block: ${theme.space.md};
`;

const shimmer = keyframes`
  from { opacity: 1; }
  50% { opacity: 0.55; }
  to { opacity: 1; }
`;

export const SkeletonGroup = styled.div<{ $variant: 'lines' | 'list' | 'cards' | 'block' }>`
  display: ${({ $variant }) => ($variant === 'cards' ? 'grid' : 'flex')};
  flex-direction: column;
  grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
  gap: ${({ $variant }) => ($variant === 'lines' ? theme.space.xs : theme.space.sm)};
`;

const skeletonSizes = {
  lines: css`
    block-size: 0.875rem;
    &:last-child {
      inline-size: 60%;
    }
  `,
  list: css`
    block-size: 2.75rem;
  `,
  cards: css`
    block-size: 9rem;
  `,
  block: css`
    block-size: 12rem;
  `,
};

export const SkeletonShape = styled.div<{ $variant: keyof typeof skeletonSizes }>`
  inline-size: 100%;
  border-radius: ${theme.radius.sm};
  background: ${theme.color.surfaceMuted};
  animation: ${shimmer} 1.6s ease-in-out infinite;
  ${({ $variant }) => skeletonSizes[$variant]}

  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
`;

export const EmptyRoot = styled.div`
  ${stateBoxStyles}
  color: ${theme.color.textMuted};
`;

export const ErrorRoot = styled.div`
  ${stateBoxStyles}
  border-inline-start: 4px solid ${theme.color.danger};
  background: ${theme.color.surface};
`;

export const StateTitle = styled.p`
  margin: 0;
  font-weight: ${theme.font.fontWeightBold};
  color: ${theme.color.text};
`;

export const StateText = styled.p`
  margin: 0;
  color: ${theme.color.textMuted};
`;

export const RetryButton = styled.button`
  box-sizing: border-box;
  min-block-size: 2.75rem;
  min-inline-size: 2.75rem;
  padding-block: ${theme.space.xs};
  padding-inline: ${theme.space.md};
  border: 1px solid ${theme.color.primary};
  border-radius: ${theme.radius.md};
  background: ${theme.color.primary};
  color: ${theme.color.onPrimary};
  font: inherit;
  font-weight: ${theme.font.fontWeightBold};
  cursor: pointer;

  &:hover:not(:disabled) {
    background: ${theme.color.primaryHover};
  }

  &:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }

  &:disabled {
    cursor: progress;
    opacity: 0.75;
  }
`;

export const NoticeRoot = styled.div`
  ${stateBoxStyles}
  padding-block: ${theme.space.sm};
  border-inline-start: 4px solid ${theme.color.warning};
  background: ${theme.color.surface};
`;
