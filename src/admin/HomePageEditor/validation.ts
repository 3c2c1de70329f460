import { validateHomePageBlocks, type HomePageBlock } from '../../blocks/registry.js';
import { isPublishWindowOrdered } from '../../model/schedule.js';
import { isAcceptedColor } from './parts/ColorField.js';
import { isAcceptedHref } from './parts/HrefField.js';

/** One problem of a block, with its path inside the block's props and an i18n key. */
export interface BlockIssue {
  /** Path inside `props` (`content.en.title`, `teasers.1.href`); {@link BLOCK_WINDOW_PATH} for the block's own window. */
  path: string;
  /** i18n key of the message. */
  messageKey: string;
}

/** The issue path of the block's own publish window (outside its props). */
export const BLOCK_WINDOW_PATH = '@visibleUntil';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields that must not be empty in a language a record has (the ticket list's title has a default). */
const REQUIRED_TEXTS = new Set(['title', 'label']);

function walk(value: unknown, path: string[], blockType: string, issues: BlockIssue[]) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...path, String(index)], blockType, issues));
    return;
  }
  if (!isRecord(value)) return;
  // A teaser (or any entry with a publish window) must end after it starts.
  if (('visibleFrom' in value || 'visibleUntil' in value) && !isPublishWindowOrdered(value as { visibleFrom?: string; visibleUntil?: string })) {
    issues.push({ path: [...path, 'visibleUntil'].join('.'), messageKey: 'admin.errorsScheduleOrder' });
  }
  for (const [key, child] of Object.entries(value)) {
    const at = [...path, key].join('.');
    if (/href$/i.test(key) && typeof child === 'string') {
      if (!isAcceptedHref(child)) issues.push({ path: at, messageKey: 'homeEditor.hrefUnsafe' });
      else if (key === 'href' && child.trim() === '' && path.includes('links')) issues.push({ path: at, messageKey: 'admin.errorsRequired' });
    } else if (/color$/i.test(key) && typeof child === 'string') {
      if (!isAcceptedColor(child)) issues.push({ path: at, messageKey: 'homeEditor.colorInvalid' });
    } else if (key === 'content' && isRecord(child)) {
      for (const [language, texts] of Object.entries(child)) {
        if (!isRecord(texts)) continue;
        for (const field of REQUIRED_TEXTS) {
          if (blockType === 'ticket-list' || !(field in texts)) continue;
          if (typeof texts[field] !== 'string' || (texts[field] as string).trim() === '') {
            issues.push({ path: `${at}.${language}.${field}`, messageKey: 'admin.errorsRequired' });
          }
        }
        // An image needs an alt text in every language, unless marked decorative (an empty alt).
        if (value.image !== null && value.image !== undefined && texts.imageAlt === undefined) {
          issues.push({ path: `${at}.${language}.imageAlt`, messageKey: 'homeEditor.imageAltRequired' });
        }
      }
    } else {
      walk(child, [...path, key], blockType, issues);
    }
  }
}

/** Every problem of the blocks before saving, by block id: the editor's rules, then the blocks' schemas. */
export function findBlockIssues(blocks: readonly HomePageBlock[]): Map<string, BlockIssue[]> {
  const byBlock = new Map<string, BlockIssue[]>();
  const add = (id: string, issue: BlockIssue) => {
    const list = byBlock.get(id) ?? [];
    if (!list.some((known) => known.path === issue.path)) list.push(issue);
    byBlock.set(id, list);
  };
  for (const block of blocks) {
    const issues: BlockIssue[] = [];
    walk(block.props, [], block.type, issues);
    if (!isPublishWindowOrdered(block)) issues.push({ path: BLOCK_WINDOW_PATH, messageKey: 'admin.errorsScheduleOrder' });
    for (const issue of issues) add(block.id, issue);
  }
  for (const issue of validateHomePageBlocks(blocks)) {
    // The block's own window was checked above.
    if (/^blocks\.\d+\.visibleUntil$/.test(issue.path)) continue;
    const match = /^blocks\.(\d+)(?:\.props\.?(.*))?$/.exec(issue.path);
    const block = match ? blocks[Number(match[1])] : undefined;
    if (!block) continue;
    const path = match?.[2] ?? '';
    const messageKey = path.endsWith('visibleUntil') ? 'admin.errorsScheduleOrder' : /maxCount$/.test(path) ? 'homeEditor.countInvalid' : path.endsWith('query') ? 'admin.errorsRequired' : 'admin.errorsInvalid';
    add(block.id, { path, messageKey });
  }
  return byBlock;
}
