import { defineBlockFields, type BlockFieldsProps } from '../../admin/HomePageEditor/types.js';
import { inLanguage, patchLocalized } from '../../admin/HomePageEditor/parts/localized.js';
import { CheckboxLabel, Stack } from '../../admin/HomePageEditor/parts/styles.js';
import { useHomeEditorTranslation } from '../../admin/HomePageEditor/i18n.js';
import { Field, TextField } from '../../admin/kit/Field/index.js';
import { Select } from '../../admin/kit/primitives.styles.js';
import { TICKET_LIST_SELECTIONS, type TicketListSelection } from './block.js';

/** The ticket list's form: on/off, how many, which, and the title per language. */
function TicketListFields({ props, onPropsChange, hidden, onHiddenChange, language, errorFor }: BlockFieldsProps<'ticket-list'>) {
  const { t } = useHomeEditorTranslation();
  return (
    <Stack data-slot="ticket-list-fields">
      <CheckboxLabel>
        <input type="checkbox" checked={!hidden} onChange={(event) => onHiddenChange(!event.target.checked)} />
        {t('homeEditor.ticketShow')}
      </CheckboxLabel>
      <TextField
        label={t('homeEditor.ticketCount')}
        description={t('homeEditor.ticketCountRange')}
        type="number"
        min={1}
        max={20}
        step={1}
        value={Number.isFinite(props.maxCount) ? String(props.maxCount) : ''}
        onChange={(event) => onPropsChange({ ...props, maxCount: event.target.value === '' ? Number.NaN : Number(event.target.value) })}
        error={errorFor('maxCount')}
      />
      <Field label={t('homeEditor.ticketSelection')}>
        {(controlProps) => (
          <Select {...controlProps} value={props.selection} onChange={(event) => onPropsChange({ ...props, selection: event.target.value as TicketListSelection })}>
            {TICKET_LIST_SELECTIONS.map((selection) => (
              <option key={selection} value={selection}>
                {t(selection === 'recent' ? 'homeEditor.ticketRecent' : 'homeEditor.ticketOpen')}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <TextField
        label={t('homeEditor.ticketTitle')}
        description={t('homeEditor.defaultTitleDescription')}
        lang={language}
        autoComplete="off"
        value={inLanguage(props.content, language)?.title ?? ''}
        onChange={(event) => onPropsChange({ ...props, content: patchLocalized(props.content, language, { title: '' }, { title: event.target.value }) })}
        error={errorFor(`content.${language}.title`)}
      />
    </Stack>
  );
}

/** The editor side of the ticket list. */
export const ticketListFields = defineBlockFields({ type: 'ticket-list', labelKey: 'homeEditor.blockTicketList', Component: TicketListFields });
