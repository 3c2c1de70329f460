// jsdom has no layout: ProseMirror measures ranges when it scrolls the selection into view.
// Empty measurements are what a zero-size page would give.
const emptyRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }) as DOMRect;
const emptyList = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;

if (typeof Range !== 'undefined') {
  Range.prototype.getClientRects ??= emptyList;
  Range.prototype.getBoundingClientRect ??= emptyRect;
}
if (typeof document !== 'undefined') {
  document.elementFromPoint ??= () => null;
}
