/**
 * Which menu item the APG menu button pattern focuses when a key opens the menu
 * from its button: Enter, Space and ↓ the first, ↑ the last; other keys do not
 * open it. Its own module so a button can answer keys before the rest of its
 * menu has loaded.
 */
export function menuOpeningFocus(event: KeyboardEvent): 'first' | 'last' | undefined {
  if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') return 'first';
  if (event.key === 'ArrowUp') return 'last';
  return undefined;
}
