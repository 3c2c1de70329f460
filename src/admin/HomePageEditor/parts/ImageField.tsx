import { useId, useState, type ReactNode } from 'react';
import { usePortalAdapters } from '../../../data/index.js';
import type { AssetReference, LanguageTag } from '../../../model/index.js';
import { toAdminError } from '../../kit/adapterError.js';
import { TextField } from '../../kit/Field/index.js';
import { Button, ButtonRow, Notice } from '../../kit/primitives.styles.js';
import { useHomeEditorTranslation } from '../i18n.js';
import { CheckboxLabel, FieldGroup, Hint, Thumbnail } from './styles.js';

/** Image types accepted for home page images. */
export const HOME_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml'] as const;
/** The largest image accepted, in bytes (5 MB). */
export const HOME_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** Why a file is refused before it is uploaded, or `undefined` when it may be uploaded. */
export function checkImageFile(file: Blob, maxBytes = HOME_IMAGE_MAX_BYTES): 'type' | 'size' | undefined {
  if (!(HOME_IMAGE_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > maxBytes) return 'size';
  return undefined;
}

export interface ImageFieldProps {
  /** The visible name of the group. */
  label: ReactNode;
  /** The stored image. */
  image: AssetReference | null;
  /** Called with the uploaded image, or `null` when removed. */
  onImageChange: (image: AssetReference | null) => void;
  /** The alt text in `language`: `''` marks the image decorative, `undefined` means not entered yet. */
  alt: string | undefined;
  /** Called with the new alt text. */
  onAltChange: (alt: string | undefined) => void;
  /** The language the alt text is written in. */
  language: LanguageTag;
  /** A problem of the alt text found on save. */
  altError?: string | undefined;
}

/**
 * An image uploaded through the host's asset adapter (type and size are checked first), with
 * an alt text per language that is required unless the image is marked decorative.
 */
export function ImageField({ label, image, onImageChange, alt, onAltChange, language, altError }: ImageFieldProps) {
  const { t } = useHomeEditorTranslation();
  const assets = usePortalAdapters().assets;
  const inputId = useId();
  const rulesId = `${inputId}-rules`;
  const problemId = `${inputId}-problem`;
  const [problem, setProblem] = useState<'type' | 'size' | 'failed' | null>(null);
  const [uploading, setUploading] = useState(false);
  const decorative = alt === '';

  const upload = async (file: File) => {
    const refused = checkImageFile(file);
    if (refused) {
      setProblem(refused);
      return;
    }
    if (!assets) return;
    setProblem(null);
    setUploading(true);
    try {
      onImageChange(await assets.upload({ file, name: file.name }));
    } catch (error) {
      const kind = toAdminError(error).kind;
      setProblem(kind === 'validation' ? 'type' : 'failed');
    } finally {
      setUploading(false);
    }
  };

  return (
    <FieldGroup data-slot="image-field">
      <legend>{label}</legend>
      {image && <Thumbnail src={image.url} alt="" data-slot="image-thumbnail" />}
      {assets ? (
        <div>
          <label htmlFor={inputId}>{t('homeEditor.imageUpload')}</label>
          <Hint id={rulesId}>{t('homeEditor.imageRules', { size: '5 MB' })}</Hint>
          <input
            id={inputId}
            type="file"
            // The rules, and why the last file was refused, are read with the picker.
            aria-describedby={problem ? `${rulesId} ${problemId}` : rulesId}
            aria-invalid={problem === 'type' || problem === 'size' ? true : undefined}
            accept={HOME_IMAGE_TYPES.join(',')}
            disabled={uploading}
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared at once, refused or not: picking the same file again must fire a change.
              event.target.value = '';
              if (file) void upload(file);
            }}
            data-slot="image-upload"
          />
        </div>
      ) : (
        <Hint>{t('homeEditor.imageNoStore')}</Hint>
      )}
      {uploading && <p role="status">{t('homeEditor.imageUploading')}</p>}
      {problem && (
        <Notice id={problemId} $tone="danger" role="alert" data-slot="image-problem" data-kind={problem}>
          <p>{t(problem === 'type' ? 'homeEditor.imageTypeRefused' : problem === 'size' ? 'homeEditor.imageTooLarge' : 'homeEditor.imageUploadFailed', { size: '5 MB' })}</p>
        </Notice>
      )}
      {image && (
        <>
          <ButtonRow>
            <Button type="button" onClick={() => onImageChange(null)} data-slot="image-remove">
              {t('homeEditor.imageRemove')}
            </Button>
          </ButtonRow>
          <CheckboxLabel>
            <input type="checkbox" checked={decorative} onChange={(event) => onAltChange(event.target.checked ? '' : undefined)} />
            {t('homeEditor.imageDecorative')}
          </CheckboxLabel>
          {!decorative && (
            <TextField
              label={t('homeEditor.imageAlt')}
              description={t('homeEditor.imageAltDescription')}
              required
              lang={language}
              autoComplete="off"
              value={alt ?? ''}
              onChange={(event) => onAltChange(event.target.value === '' ? undefined : event.target.value)}
              error={altError}
            />
          )}
        </>
      )}
    </FieldGroup>
  );
}
