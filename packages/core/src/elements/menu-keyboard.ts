import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { menuOpeningFocus } from './menu-opening-keys.js';

/**
 * Keyboard model of the WAI-ARIA APG menu button
 * (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/): the button opens the
 * menu with Enter, Space or ↓ (first item) and ↑ (last item); in the menu ↑/↓
 * move and wrap, Home/End jump, a printable character moves to the next item
 * starting with it, Escape closes and returns focus to the button, Tab closes
 * and lets focus move on. Clicking outside closes without stealing focus.
 *
 * The host owns the markup; this controller owns the state and the focus moves,
 * so every Placard menu behaves the same.
 */
export class MenuButtonController implements ReactiveController {
  /** Whether the menu is showing. */
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: { button: () => HTMLElement | null | undefined; items: () => HTMLElement[] },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
  }

  /** Opens the menu and, once it has rendered, focuses the first or last item. */
  async show(focus: 'first' | 'last' | 'none' = 'first'): Promise<void> {
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const items = this.parts.items();
    if (focus === 'first') items[0]?.focus();
    if (focus === 'last') items[items.length - 1]?.focus();
  }

  /** Closes the menu; `returnFocus` puts focus back on the button (Escape, choosing an item). */
  hide(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    if (returnFocus) this.parts.button()?.focus();
  }

  toggle(): void {
    if (this.open) this.hide(false);
    else void this.show('first');
  }

  /** Wire to the button's `keydown`. */
  readonly onButtonKeydown = (event: KeyboardEvent): void => {
    const focus = menuOpeningFocus(event);
    if (!focus) return;
    event.preventDefault();
    void this.show(focus);
  };

  /** Wire to the menu's `keydown`. */
  readonly onMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.parts.items();
    const current = items.indexOf(this.focusedItem() as HTMLElement);
    const move = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(current + 1);
        break;
      case 'ArrowUp':
        move(current - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(items.length - 1);
        break;
      case 'Escape':
        this.hide(true);
        break;
      case 'Tab':
        this.hide(false);
        return; // let the browser move focus on
      default:
        if (event.key.length === 1 && /\S/u.test(event.key)) {
          this.focusByCharacter(items, current, event.key);
          break;
        }
        return;
    }
    event.preventDefault();
  };

  private focusByCharacter(items: HTMLElement[], current: number, key: string): void {
    const character = key.toLocaleLowerCase();
    for (let step = 1; step <= items.length; step++) {
      const item = items[(current + step) % items.length]!;
      if (item.textContent?.trim().toLocaleLowerCase().startsWith(character)) {
        item.focus();
        return;
      }
    }
  }

  private focusedItem(): Element | null {
    return this.host.shadowRoot?.activeElement ?? null;
  }

  private readonly onDocumentPointerDown = (event: PointerEvent): void => {
    if (this.open && !event.composedPath().includes(this.host)) this.hide(false);
  };
}
