/**
 * Up and down arrows move the focus through a list's buttons; from the search box, down enters the
 * list. Enter and Space then press the focused button, as buttons do.
 */
export function moveFocus(event: KeyboardEvent, container: HTMLElement | null, search: HTMLElement | null): void {
  if (!container || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
  const items = [...container.querySelectorAll<HTMLElement>('[data-nav]')];
  if (items.length === 0) return;
  const at = items.indexOf(document.activeElement as HTMLElement);
  event.preventDefault();
  if (at < 0) {
    if (event.key === 'ArrowDown') items[0]!.focus();
    return;
  }
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) search?.focus();
  else items[Math.min(next, items.length - 1)]!.focus();
}
