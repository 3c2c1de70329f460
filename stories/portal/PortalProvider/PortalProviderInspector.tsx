import { Fragment, type ComponentProps } from 'react';
import { styled } from 'styled-components';
import { usePortal, usePortalTranslation, useFormatters, type PortalCustomer } from '../../../src/portal/PortalProvider/index.js';

/** The customer the signed-in stories use. */
export const demoCustomer: PortalCustomer = { id: 'c-1001', name: 'Dana Weber', groups: ['Acme Corp'] };

/** A fixed moment, so dates in the stories do not change from run to run. */
export const fixedNow = new Date('2026-11-25T10:30:00Z');
const lastChange = new Date('2026-11-22T08:15:00Z');

/** The shared strings the inspector shows, as `common.<key>`. */
const shownKeys = ['loading', 'retry', 'empty', 'errorNotFound', 'errorUnauthorized', 'close'] as const;

const Panel = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  padding: ${({ theme }) => theme.space.lg};
  background: ${({ theme }) => theme.color.background};
  color: ${({ theme }) => theme.color.text};
`;

const Section = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.md};
  background: ${({ theme }) => theme.color.surface};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};

  & h2 {
    margin: 0;
    font-size: ${({ theme }) => theme.font.fontSizeLg};
    font-family: ${({ theme }) => theme.font.monospaceFontFamily};
  }
`;

const Entries = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.md};
  margin: 0;

  & dt {
    font-family: ${({ theme }) => theme.font.monospaceFontFamily};
    color: ${({ theme }) => theme.color.textMuted};
  }

  & dd {
    margin: 0;
  }
`;

/**
 * Shows what the nearest `PortalProvider` gives its components: `usePortal()`, a few strings
 * from `usePortalTranslation()` and the `useFormatters()` output, in the provider's language.
 * Code identifiers sit in `<bdi>` so a right-to-left layout keeps their punctuation in place.
 */
export function PortalProviderInspector(props: ComponentProps<'div'>) {
  const { language, defaultLanguage, direction, customer, nonce } = usePortal();
  const { t } = usePortalTranslation();
  const { formatDateTime, formatRelativeTime, formatNumber } = useFormatters();
  return (
    <Panel data-slot="portal-inspector" {...props}>
      <Section aria-labelledby="inspector-portal">
        <h2 id="inspector-portal">
          <bdi>usePortal()</bdi>
        </h2>
        <Entries>
          <dt>
            <bdi>language</bdi>
          </dt>
          <dd data-slot="language">{language}</dd>
          <dt>
            <bdi>defaultLanguage</bdi>
          </dt>
          <dd>{defaultLanguage}</dd>
          <dt>
            <bdi>direction</bdi>
          </dt>
          <dd data-slot="direction">{direction}</dd>
          <dt>
            <bdi>customer</bdi>
          </dt>
          <dd data-slot="customer">
            <bdi>{customer ? `${customer.name} (${customer.id})` : 'null'}</bdi>
          </dd>
          <dt>
            <bdi>nonce</bdi>
          </dt>
          <dd>{nonce ?? 'undefined'}</dd>
        </Entries>
      </Section>
      <Section aria-labelledby="inspector-translation">
        <h2 id="inspector-translation">
          <bdi>usePortalTranslation()</bdi>
        </h2>
        <Entries>
          {shownKeys.map((key) => (
            <Fragment key={key}>
              <dt>
                <bdi>common.{key}</bdi>
              </dt>
              <dd data-slot={`common-${key}`}>{t(`common.${key}`)}</dd>
            </Fragment>
          ))}
        </Entries>
      </Section>
      <Section aria-labelledby="inspector-formatters">
        <h2 id="inspector-formatters">
          <bdi>useFormatters()</bdi>
        </h2>
        <Entries>
          <dt>
            <bdi>formatDateTime</bdi>
          </dt>
          <dd data-slot="date-time">{formatDateTime(lastChange)}</dd>
          <dt>
            <bdi>formatRelativeTime</bdi>
          </dt>
          <dd data-slot="relative-time">{formatRelativeTime(lastChange, fixedNow)}</dd>
          <dt>
            <bdi>formatNumber</bdi>
          </dt>
          <dd data-slot="number">{formatNumber(1234567.89)}</dd>
        </Entries>
      </Section>
    </Panel>
  );
}
