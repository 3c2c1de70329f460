import { styled } from 'styled-components';

export const HomePageRoot = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xxl};
  min-inline-size: 0;
  max-inline-size: 100%;
`;

export const BlockSlot = styled.div`
  min-inline-size: 0;

  /* A block with nothing to show (the ticket list for an anonymous visitor) takes no gap. */
  &:empty {
    display: none;
  }
`;

