import { css, keyframes, styled } from 'styled-components';

const stateBoxStyles = css`
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${({ theme }) => theme.space.sm};
  padding-block: ${({ theme }) => theme.space.lg};
  padding-inline: ${({ theme }) => theme.space.md};
  font-family: ${({ theme }) => theme.font.fontFamily};
  font-size: ${({ theme }) => theme.font.fontSizeMd};
  line-height: ${({ theme }) => theme.font.lineHeight};
  color: ${({ theme }) => theme.color.text};
`;

export const LoadingRoot = styled.div`
  position: relative;
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.sm};
  padding-block: ${({ theme }) => theme.space.md};
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
  gap: ${({ theme, $variant }) => ($variant === 'lines' ? theme.space.xs : theme.space.sm)};
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
  border-radius: ${({ theme }) => theme.radius.sm};
  background: ${({ theme }) => theme.color.surfaceMuted};
  animation: ${shimmer} 1.6s ease-in-out infinite;
  ${({ $variant }) => skeletonSizes[$variant]}

  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
`;

export const EmptyRoot = styled.div`
  ${stateBoxStyles}
  color: ${({ theme }) => theme.color.textMuted};
`;

export const ErrorRoot = styled.div`
  ${stateBoxStyles}
  border-inline-start: 4px solid ${({ theme }) => theme.color.danger};
  background: ${({ theme }) => theme.color.surface};
`;

export const StateTitle = styled.p`
  margin: 0;
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  color: ${({ theme }) => theme.color.text};
`;

export const StateText = styled.p`
  margin: 0;
  color: ${({ theme }) => theme.color.textMuted};
`;

export const RetryButton = styled.button`
  box-sizing: border-box;
  min-block-size: 2.75rem;
  min-inline-size: 2.75rem;
  padding-block: ${({ theme }) => theme.space.xs};
  padding-inline: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.color.primary};
  border-radius: ${({ theme }) => theme.radius.md};
  background: ${({ theme }) => theme.color.primary};
  color: ${({ theme }) => theme.color.onPrimary};
  font: inherit;
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  cursor: pointer;

  &:hover:not(:disabled) {
    background: ${({ theme }) => theme.color.primaryHover};
  }

  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }

  &:disabled {
    cursor: progress;
    opacity: 0.75;
  }
`;

export const NoticeRoot = styled.div`
  ${stateBoxStyles}
  padding-block: ${({ theme }) => theme.space.sm};
  border-inline-start: 4px solid ${({ theme }) => theme.color.warning};
  background: ${({ theme }) => theme.color.surface};
`;
