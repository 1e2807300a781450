/**
 * Keeping the page responsive while a big calendar is read: long loops call
 * the function `timeSlicer()` returns once per piece of work, and it hands the
 * event loop back to the browser whenever the current slice has run for longer
 * than its budget, so that no task blocks typing or scrolling for long (a
 * feed of 5,000 events is read in many short tasks rather than one long one).
 */

/** What `scheduler.yield()` looks like where the browser has it (Chromium 129+). */
interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Lets the browser run other tasks (input, rendering), then resumes. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  // scheduler.yield resumes ahead of other queued tasks; setTimeout is the fallback everywhere else.
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * When the page was last handed back, by any slicer: work that follows other
 * work in the same task (a parse after a fetch, one feed after another) counts
 * the time already spent, rather than starting a fresh budget.
 */
let lastYield = Number.NEGATIVE_INFINITY;

/**
 * A function to await between pieces of work: it yields when more than
 * `budgetMs` have passed since the page was last handed back, and otherwise
 * returns at once. The default budget keeps tasks well under the 50 ms a "long
 * task" is.
 */
export function timeSlicer(budgetMs = 20): () => Promise<void> {
  return async () => {
    if (now() - lastYield < budgetMs) return;
    await yieldToEventLoop();
    lastYield = now();
  };
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}
