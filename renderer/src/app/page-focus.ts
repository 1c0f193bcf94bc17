/** The frame's page region carries this: it holds the focus for a page that gives it to nothing. */
export const pageRegionAttribute = 'data-page-region';

/**
 * Whether the focus rests nowhere a person chose: on nothing, the body, or the page region that
 * holds it for a page. A page may then move it to its own first row or field.
 */
export function focusIsUnclaimed(): boolean {
  const now = document.activeElement;
  return now === null || now === document.body || now.hasAttribute(pageRegionAttribute);
}
