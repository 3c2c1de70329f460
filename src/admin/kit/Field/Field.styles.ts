import { styled } from 'styled-components';

export const FieldRoot = styled.div`
  display: grid;
  /* As wide as its container: a long value (an editor's unbroken word) cannot widen the field. */
  grid-template-columns: minmax(0, 1fr);
  gap: ${({ theme }) => theme.space.xxs};
  margin-block-end: ${({ theme }) => theme.space.md};
`;

export const FieldLabel = styled.label`
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  color: ${({ theme }) => theme.color.text};
`;

export const FieldLegend = styled.span`
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  color: ${({ theme }) => theme.color.text};
`;

export const RequiredMark = styled.span`
  font-weight: ${({ theme }) => theme.font.fontWeightNormal};
  color: ${({ theme }) => theme.color.textMuted};
  margin-inline-start: ${({ theme }) => theme.space.xxs};
`;

export const FieldDescription = styled.p`
  margin: 0;
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  color: ${({ theme }) => theme.color.textMuted};
`;

export const FieldErrorText = styled.p`
  margin: 0;
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  color: ${({ theme }) => theme.color.dangerText};
`;
