import { styled } from 'styled-components';

/** A group of fields of one block or item. */
export const FieldGroup = styled.fieldset`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  margin: 0;
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  min-inline-size: 0;
  & > legend {
    padding-inline: ${({ theme }) => theme.space.xs};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
  }
`;

/** A heading row with its actions at the end (the "Add" control sits at the block's top-end corner). */
export const HeaderRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.sm};
  & > h4 {
    margin: 0;
    font-size: ${({ theme }) => theme.font.fontSizeMd};
  }
`;

/** A vertical stack of fields. */
export const Stack = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  min-inline-size: 0;
`;

/** Two fields side by side where there is room. */
export const Columns = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
`;

/** A checkbox with its label. */
export const CheckboxLabel = styled.label`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-block-size: 1.5rem;
  & > input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
`;

/** A muted help line. */
export const Hint = styled.p`
  margin: 0;
  color: ${({ theme }) => theme.color.textMuted};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
`;

/** A small preview of an uploaded image. */
export const Thumbnail = styled.img`
  display: block;
  max-inline-size: 12rem;
  max-block-size: 6rem;
  object-fit: cover;
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.sm};
`;
