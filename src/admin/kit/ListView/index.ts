export { ListView } from './ListView.js';
export type { ListColumn, ListSort, ListStatus, ListViewProps } from './ListView.js';
