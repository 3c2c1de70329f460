import * as RadixDialog from '@radix-ui/react-dialog';
import { styled } from 'styled-components';

export const DialogOverlay = styled(RadixDialog.Overlay)`
  position: fixed;
  inset: 0;
  background: rgb(0 0 0 / 0.45);
  z-index: 1000;
`;

export const DialogContent = styled(RadixDialog.Content)<{ $size: 'small' | 'large' }>`
  position: fixed;
  inset-block-start: 50%;
  inset-inline-start: 50%;
  translate: -50% -50%;
  [dir='rtl'] & {
    translate: 50% -50%;
  }
  z-index: 1001;
  box-sizing: border-box;
  inline-size: min(${({ $size }) => ($size === 'large' ? '64rem' : '32rem')}, calc(100vw - 2rem));
  max-block-size: calc(100vh - 2rem);
  overflow: auto;
  padding: ${({ theme }) => theme.space.lg};
  border-radius: ${({ theme }) => theme.radius.lg};
  background: ${({ theme }) => theme.color.surface};
  color: ${({ theme }) => theme.color.text};
  box-shadow: ${({ theme }) => theme.shadow.overlay};
  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
  }
`;

export const DialogTitle = styled(RadixDialog.Title)`
  margin-block: 0 ${({ theme }) => theme.space.sm};
  font-family: ${({ theme }) => theme.font.headingFontFamily};
  font-size: ${({ theme }) => theme.font.fontSizeLg};
`;

export const DialogDescription = styled(RadixDialog.Description)`
  margin-block: 0 ${({ theme }) => theme.space.md};
  color: ${({ theme }) => theme.color.text};
`;

export const DialogActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  justify-content: flex-end;
  gap: ${({ theme }) => theme.space.sm};
  margin-block-start: ${({ theme }) => theme.space.lg};
`;
