import { validateHomePageBlocks, type HomePageBlock } from '../../blocks/registry.js';
import { isPublishWindowOrdered } from '../../model/schedule.js';
import { audienceGroupsProblem } from '../kit/AudienceField/audienceForm.js';
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

/** The issue path of the block's audience (outside its props): no group ticked, or too many. */
export const BLOCK_AUDIENCE_PATH = '@audience';

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

// By block: blocks are immutable values and an edit replaces only the edited block, so a
// keystroke checks that block again, not the whole page.
const issuesByBlock = new WeakMap<HomePageBlock, BlockIssue[]>();

/** The problems of one block: the editor's rules, then the block's schema. */
function issuesOf(block: HomePageBlock): BlockIssue[] {
  const known = issuesByBlock.get(block);
  if (known) return known;
  const issues: BlockIssue[] = [];
  const add = (issue: BlockIssue) => {
    if (!issues.some((existing) => existing.path === issue.path)) issues.push(issue);
  };
  const found: BlockIssue[] = [];
  walk(block.props, [], block.type, found);
  found.forEach(add);
  if (!isPublishWindowOrdered(block)) add({ path: BLOCK_WINDOW_PATH, messageKey: 'admin.errorsScheduleOrder' });
  const audienceProblem = block.audience ? audienceGroupsProblem(block.audience.kind, block.audience.kind === 'groups' ? block.audience.groups : []) : undefined;
  if (audienceProblem) add({ path: BLOCK_AUDIENCE_PATH, messageKey: audienceProblem });
  // Checked as a list of one: the list's own rules (unique ids, blocks per type) name no block.
  for (const issue of validateHomePageBlocks([block])) {
    // The block's own window was checked above.
    if (issue.path === 'blocks.0.visibleUntil') continue;
    const match = /^blocks\.0(?:\.props\.?(.*))?$/.exec(issue.path);
    if (!match) continue;
    const path = match[1] ?? '';
    const messageKey = path.endsWith('visibleUntil') ? 'admin.errorsScheduleOrder' : /maxCount$/.test(path) ? 'homeEditor.countInvalid' : path.endsWith('query') ? 'admin.errorsRequired' : 'admin.errorsInvalid';
    add({ path, messageKey });
  }
  issuesByBlock.set(block, issues);
  return issues;
}

/** Every problem of the blocks before saving, by block id: the editor's rules, then the blocks' schemas. */
export function findBlockIssues(blocks: readonly HomePageBlock[]): Map<string, BlockIssue[]> {
  const byBlock = new Map<string, BlockIssue[]>();
  for (const block of blocks) {
    const issues = issuesOf(block);
    if (issues.length === 0) continue;
    const list = byBlock.get(block.id);
    // Two blocks with one id (never from the editor) share one list, as before.
    byBlock.set(block.id, list ? [...list, ...issues.filter((issue) => !list.some((known) => known.path === issue.path))] : [...issues]);
  }
  return byBlock;
}
