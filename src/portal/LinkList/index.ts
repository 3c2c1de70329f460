export { LinkList, LinkListGroup } from './LinkList.js';
export type { LinkListGroupProps, LinkListProps } from './LinkList.js';
