import { css, styled } from 'styled-components';

/** The look of a button: the main action, a secondary one, a destructive one, or a quiet one. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

const focusRing = css`
  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

const variantStyles = {
  primary: css`
    background: ${({ theme }) => theme.color.primary};
    color: ${({ theme }) => theme.color.onPrimary};
    border-color: ${({ theme }) => theme.color.primary};
    &:hover:not(:disabled) {
      background: ${({ theme }) => theme.color.primaryHover};
    }
  `,
  secondary: css`
    background: ${({ theme }) => theme.color.surface};
    color: ${({ theme }) => theme.color.text};
    border-color: ${({ theme }) => theme.color.controlBorder};
    &:hover:not(:disabled) {
      background: ${({ theme }) => theme.color.surfaceMuted};
    }
  `,
  danger: css`
    background: ${({ theme }) => theme.color.danger};
    color: ${({ theme }) => theme.color.onDanger};
    border-color: ${({ theme }) => theme.color.danger};
  `,
  ghost: css`
    background: transparent;
    color: ${({ theme }) => theme.color.primaryText};
    border-color: transparent;
    &:hover:not(:disabled) {
      background: ${({ theme }) => theme.color.surfaceMuted};
    }
  `,
} as const;

/** A button of the admin screens; at least 36 px high so it is an easy target. */
export const Button = styled.button<{ $variant?: ButtonVariant | undefined }>`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: ${({ theme }) => theme.space.xs};
  min-block-size: 2.25rem;
  min-inline-size: 2.25rem;
  padding-block: ${({ theme }) => theme.space.xs};
  padding-inline: ${({ theme }) => theme.space.md};
  border: 1px solid;
  border-radius: ${({ theme }) => theme.radius.md};
  font: inherit;
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  cursor: pointer;
  ${({ $variant = 'secondary' }) => variantStyles[$variant]}
  &:disabled,
  &[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  ${focusRing}
`;

const controlStyles = css`
  box-sizing: border-box;
  inline-size: 100%;
  min-block-size: 2.25rem;
  padding-block: ${({ theme }) => theme.space.xs};
  padding-inline: ${({ theme }) => theme.space.sm};
  border: 1px solid ${({ theme }) => theme.color.controlBorder};
  border-radius: ${({ theme }) => theme.radius.sm};
  background: ${({ theme }) => theme.color.surface};
  color: ${({ theme }) => theme.color.text};
  font: inherit;
  &[aria-invalid='true'] {
    border-color: ${({ theme }) => theme.color.danger};
    border-width: 2px;
  }
  ${focusRing}
`;

/** A one-line text input. */
export const TextInput = styled.input`
  ${controlStyles}
`;

/** A native select. */
export const Select = styled.select`
  ${controlStyles}
`;

/** A multi-line text input. */
export const TextArea = styled.textarea`
  ${controlStyles}
  resize: vertical;
`;

/** Text for screen readers only. */
export const VisuallyHidden = styled.span`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
`;

/** A row of buttons. */
export const ButtonRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.sm};
  align-items: center;
`;

/** A short message in a coloured box: an error, a warning, information or success. */
export const Notice = styled.div<{ $tone: 'danger' | 'warning' | 'info' | 'success' }>`
  padding-block: ${({ theme }) => theme.space.sm};
  padding-inline: ${({ theme }) => theme.space.md};
  border: 1px solid currentColor;
  border-inline-start-width: 4px;
  border-radius: ${({ theme }) => theme.radius.sm};
  background: ${({ theme }) => theme.color.surface};
  color: ${({ theme, $tone }) => ({ danger: theme.color.dangerText, warning: theme.color.warningText, info: theme.color.infoText, success: theme.color.successText })[$tone]};
  & > p {
    margin: 0;
  }
  & > * + * {
    margin-block-start: ${({ theme }) => theme.space.xs};
  }
`;
