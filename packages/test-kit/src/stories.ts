/**
 * Helpers for Storybook stories, shared by every component's stories.
 */

interface StoryContextLike {
  canvasElement: HTMLElement;
}

/**
 * A `play` function that waits until every Placard widget in the story has read
 * its inputs and rendered, so the axe check that runs after the story sees the
 * final state rather than "Loading…".
 */
export async function waitForWidgets({ canvasElement }: StoryContextLike): Promise<void> {
  const widgets = [
    ...canvasElement.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*'),
  ].filter((element) => element.localName.startsWith('placard-'));
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  // A story that shows nothing would pass every axe check: fail it instead.
  for (const widget of widgets) {
    if (!customElements.get(widget.localName))
      throw new Error(`<${widget.localName}> is not defined in this story.`);
    if (!widget.shadowRoot?.textContent?.trim()) throw new Error(`<${widget.localName}> rendered nothing.`);
  }
}
