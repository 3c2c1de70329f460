import { useId, useState, type ChangeEvent } from 'react';
import { styled } from 'styled-components';
import { useUploadAsset } from '../../data/index.js';
import type { AssetReference } from '../../model/index.js';
import { Button, ButtonRow } from '../kit/primitives.styles.js';
import { useLayoutEditorTranslation } from './i18n.js';
import { toImageSource } from './imageSource.js';
import { sanitizeSvg } from './sanitizeSvg.js';

/** The image types the layout accepts. */
export const LAYOUT_IMAGE_TYPES = ['image/png', 'image/svg+xml', 'image/jpeg', 'image/webp'] as const;

const Wrapper = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  margin-block-end: ${({ theme }) => theme.space.md};
`;
const Thumb = styled.div`
  display: flex;
  align-items: center;
  justify-content: center;
  inline-size: 6rem;
  block-size: 4rem;
  border: 1px dashed ${({ theme }) => theme.color.controlBorder};
  border-radius: ${({ theme }) => theme.radius.sm};
  color: ${({ theme }) => theme.color.textMuted};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  & img {
    max-inline-size: 100%;
    max-block-size: 100%;
  }
`;
const Hint = styled.p`
  margin: 0;
  color: ${({ theme }) => theme.color.textMuted};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
`;
const ErrorText = styled.p`
  margin: 0;
  color: ${({ theme }) => theme.color.dangerText};
`;

export interface ImageFieldProps {
  /** The field's visible name ("Logo"). */
  label: string;
  /** The stored image, or `null`. */
  value: AssetReference | null;
  onValueChange: (value: AssetReference | null) => void;
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** A name for `data-slot` and tests (`logo`, `favicon`, `default-avatar`). */
  name: string;
}

const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} kB`);

/**
 * An image upload through the asset adapter, with a preview. PNG, JPEG and WebP are uploaded
 * as they are; an SVG is sanitized first (`sanitizeSvg`) and refused when nothing safe is left.
 * Files that are too large or of another type are refused before upload, with the reason.
 */
export function ImageField({ label, value, onValueChange, maxBytes, name }: ImageFieldProps) {
  const { t } = useLayoutEditorTranslation();
  const { mutate: upload, status } = useUploadAsset();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const source = toImageSource(value?.url);
  const size = formatSize(maxBytes);

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError(null);
    if (!(LAYOUT_IMAGE_TYPES as readonly string[]).includes(file.type)) {
      setError(t('layoutEditor.imageWrongType', { file: file.name }));
      return;
    }
    if (file.size > maxBytes) {
      setError(t('layoutEditor.imageTooLarge', { file: file.name, size }));
      return;
    }
    let blob: Blob = file;
    if (file.type === 'image/svg+xml') {
      const clean = sanitizeSvg(await file.text());
      if (clean === undefined) {
        setError(t('layoutEditor.imageUnsafeSvg', { file: file.name }));
        return;
      }
      blob = new Blob([clean], { type: 'image/svg+xml' });
    }
    try {
      onValueChange(await upload({ file: blob, name: file.name }));
    } catch {
      setError(t('layoutEditor.imageUploadFailed'));
    }
  };

  return (
    <Wrapper data-slot="layout-image-field" data-name={name} data-state={status === 'pending' ? 'uploading' : value ? 'set' : 'empty'}>
      <strong id={`${id}-label`}>{label}</strong>
      <Thumb data-slot="layout-image-preview">{source ? <img src={source} alt="" /> : t('layoutEditor.noImage')}</Thumb>
      <label htmlFor={`${id}-input`}>{t('layoutEditor.choose', { name: label })}</label>
      <input
        id={`${id}-input`}
        type="file"
        accept={LAYOUT_IMAGE_TYPES.join(',')}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        disabled={status === 'pending'}
        onChange={(event) => void onChange(event)}
      />
      <Hint id={`${id}-hint`}>{t('layoutEditor.imageHint', { size })}</Hint>
      {status === 'pending' && <Hint role="status">{t('layoutEditor.uploading')}</Hint>}
      {error && (
        <ErrorText id={`${id}-error`} role="alert" data-slot="layout-image-error">
          {error}
        </ErrorText>
      )}
      {value && (
        <ButtonRow>
          <Button type="button" onClick={() => onValueChange(null)}>
            {t('layoutEditor.remove', { name: label })}
          </Button>
        </ButtonRow>
      )}
    </Wrapper>
  );
}
