import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SafeHtml } from '../../../src/portal/SafeHtml/index.js';
import { SanitizerSourceContext, type SanitizerSource } from '../../../src/portal/SafeHtml/sanitizerSource.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, LONG_URL_TEXT, LONG_WORD } from '../../fixtures/longContent.js';

const richText = `<h2>Opening hours</h2>
<p>We are open <strong>Monday to Friday</strong>, 8:00–18:00. See the <a href="/page/holidays">holiday calendar</a>
or our <a href="https://status.example.com/" target="_blank">status page</a>.</p>
<ul><li>Phone: <a href="tel:+49-30-1234567">+49 30 1234567</a></li><li>Email: <a href="mailto:help@example.com">help@example.com</a></li></ul>
<blockquote><p>Fast and friendly help.</p></blockquote>
<table><caption>Response times</caption><thead><tr><th scope="col">Priority</th><th scope="col">First answer</th></tr></thead>
<tbody><tr><td>High</td><td>1 hour</td></tr><tr><td>Normal</td><td>1 day</td></tr></tbody></table>
<pre><code>ticket --status open</code></pre>`;

const hostile = `<p onclick="alert(1)">This paragraph had a click handler.</p>
<img src="x" onerror="alert(2)" alt="An image with an error handler">
<script>alert(3)</script><iframe src="https://evil.example/"></iframe>
<p style="position: fixed; inset: 0; background: red">This paragraph tried to cover the page.</p>
<p><a href="javascript:alert(4)">A javascript: link</a> and <a href="/page/ok" target="_top">a link that targeted the top window</a>.</p>`;

const meta = {
  title: 'Portal/SafeHtml',
  component: SafeHtml,
  args: { html: richText },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof SafeHtml>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Rich text as an admin writes it: headings, lists, links, a quote, a table and code. */
export const RichText: Story = {};

/** Hostile HTML from an adapter: the text stays, scripts, handlers, frames and styles go. */
export const HostileInput: Story = { args: { html: hostile } };

/** No content at all: an empty element marked `data-state="empty"`. */
export const Empty: Story = { args: { html: '' } };

/** Rendered as an `<article>` with an accessible name, as a custom page body. */
export const AsArticle: Story = { args: { as: 'article', 'aria-label': 'Opening hours' } };

/** Long content in a phone-wide column: paragraphs, headings, lists, a wide table, code and addresses without spaces. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    html:
      `<h2>${LONG_WORD}</h2><p>${LONG_TEXT}</p><ul><li>${LONG_WORD}</li><li><a href="${LONG_URL_TEXT}">${LONG_URL_TEXT}</a></li></ul>` +
      `<blockquote><p>${LONG_WORD}</p></blockquote>` +
      `<table><caption>${LONG_WORD}</caption><thead><tr><th scope="col">${LONG_WORD}</th><th scope="col">Answer</th><th scope="col">Notes</th></tr></thead>` +
      `<tbody><tr><td>${LONG_WORD}</td><td>1 hour</td><td>${LONG_TEXT}</td></tr></tbody></table>` +
      `<pre><code>curl ${LONG_URL_TEXT}?${LONG_WORD}=1</code></pre>`,
  },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

// The sanitizer chunk could not be fetched (offline, a deploy that removed the old chunk).
const unreachable: SanitizerSource = {
  loaded: () => undefined,
  load: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
};

/**
 * The sanitizer's chunk cannot be fetched: a short message with "Try again" (which fetches it
 * again), and never the unsanitized HTML.
 */
export const SanitizerUnavailable: Story = {
  args: { html: hostile },
  decorators: [
    (Story) => (
      <SanitizerSourceContext.Provider value={unreachable}>
        <Story />
      </SanitizerSourceContext.Provider>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('This text cannot be shown right now.');
    await expect(canvasElement.innerHTML).not.toMatch(/<script|onclick|onerror|javascript:/i);
  },
};

/** The same in Arabic, right to left. */
export const SanitizerUnavailableArabic: Story = {
  ...SanitizerUnavailable,
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'حاول مرة أخرى' })).toBeVisible();
  },
};

/** Arabic rich text, right to left: lists and quotes start at the right, a refused link is kept as text. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: {
    html: '<h2>ساعات العمل</h2><p>يعمل مكتب الخدمة في أيام العمل.</p><ul><li>الهاتف</li><li>البريد الإلكتروني</li></ul><blockquote><p>مساعدة سريعة وودية.</p></blockquote><p><a href="javascript:alert(1)">رابط</a></p>',
  },
  play: async ({ canvas }) => {
    await expect(getComputedStyle(canvas.getByRole('list')).direction).toBe('rtl');
    await expect(canvas.getByText('رابط')).toBeVisible();
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};
