/**
 * The page scripts/compare.mjs opens for each sample: it renders `n` generated
 * items, all in June 2018, once, with one renderer (`?renderer=placard`,
 * `fullcalendar` or `static`) in one view (`?view=month` or `list`), and leaves
 * on `window.placardCompare` how long that took, from handing the items over
 * until two animation frames later (so the frame showing them was painted).
 *
 * With `?second=1` it renders them twice, in fresh containers, and times the
 * second: a page that has already formatted a date (so `Intl` has loaded its
 * data) and run the renderer's code (so it is compiled), as when a reader moves
 * between months, rather than a first visit.
 *
 * Each renderer's code (and Placard's Temporal) is loaded before the clock
 * starts: the figure is rendering, not downloading.
 */
import type { CalendarOptions } from 'fullcalendar';

/** The month every item is in. */
const MONTH = '2018-06';
const DAYS_IN_MONTH = 30;
/** A "now" before the month, so every item is upcoming (Placard's list leaves out past days). */
const NOW = '2018-05-01T09:00:00';
const CATEGORIES = ['picket', 'demo', 'meeting', 'social'];

interface BenchItem {
  id: string;
  name: string;
  category: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, or none for an all-day item. */
  startTime?: string;
  endTime?: string;
}

export interface CompareResult {
  ms: number;
  /** Items whose names are in the page afterwards: Placard's month shows 3 a day, and its list 60, with "more" buttons. */
  shown: number;
}

declare global {
  interface Window {
    placardCompare?: Promise<CompareResult>;
  }
}

/** `n` items spread over the month's days: one in ten an all-day strike, the rest 1½ hours, starting between 8am and 7pm. */
function benchItems(n: number): BenchItem[] {
  return Array.from({ length: n }, (_, i) => {
    const date = `${MONTH}-${String(1 + (i % DAYS_IN_MONTH)).padStart(2, '0')}`;
    const base = { id: `event-${i}`, name: `Action ${i}`, date };
    if (i % 10 === 0) return { ...base, category: 'strike' };
    const hour = 8 + (i % 12);
    const time = (h: number, m: string) => `${String(h).padStart(2, '0')}:${m}`;
    return {
      ...base,
      category: CATEGORIES[i % 4]!,
      startTime: time(hour, '00'),
      endTime: time(hour + 1, '30'),
    };
  });
}

const start = (item: BenchItem) => (item.startTime ? `${item.date}T${item.startTime}` : item.date);
const end = (item: BenchItem) => (item.endTime ? `${item.date}T${item.endTime}` : undefined);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Loads a renderer, then returns what renders the items into `container` (resolving once it says it is done). */
type Renderer = (items: BenchItem[], view: string, container: HTMLElement) => Promise<() => Promise<unknown>>;

/** FullCalendar 7 with its classic theme; `dayMaxEvents` as its option of that name. */
async function fullCalendar(
  items: BenchItem[],
  view: string,
  container: HTMLElement,
  dayMaxEvents: number | false,
): Promise<() => Promise<unknown>> {
  const [{ Calendar }, dayGrid, list, classic] = await Promise.all([
    import('fullcalendar'),
    import('fullcalendar/daygrid'),
    import('fullcalendar/list'),
    import('fullcalendar/themes/classic'),
  ]);
  const options: CalendarOptions = {
    plugins: [dayGrid.default, list.default, classic.default],
    initialView: view === 'list' ? 'listMonth' : 'dayGridMonth',
    initialDate: `${MONTH}-01`,
    now: NOW,
    dayMaxEvents,
    events: items.map((item) => ({
      id: item.id,
      title: item.name,
      start: start(item),
      end: end(item),
      allDay: !item.startTime,
      classNames: [item.category],
    })),
  };
  return async () => new Calendar(container, options).render();
}

const renderers: Record<string, Renderer> = {
  async placard(items, view, container) {
    await import('../src/placard-action-calendar.js');
    await (await import('@placard/core')).loadTemporal();
    // Placard calendar JSON in a child script, as a page would give it.
    const element = document.createElement('placard-action-calendar');
    const attributes = { view, start: MONTH, now: `${NOW}Z`, 'time-zone': 'Europe/London' };
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    const script = document.createElement('script');
    script.type = 'application/json';
    const events = items.map((item) => ({
      id: item.id,
      name: item.name,
      start: start(item),
      end: end(item),
      category: item.category,
    }));
    script.textContent = JSON.stringify({
      name: 'Every branch in the region',
      timeZone: 'Europe/London',
      events,
    });
    element.append(script);
    return async () => {
      container.append(element);
      await element.updateComplete;
    };
  },

  fullcalendar: (items, view, container) => fullCalendar(items, view, container, false),

  /** Like for like with Placard's month: at most 3 items a day, then "+N more". */
  'fullcalendar-3': (items, view, container) => fullCalendar(items, view, container, 3),

  /** The floor: every item as plain HTML, a table of weeks for the month and a list for the list. */
  async static(items, view, container) {
    return async () => {
      const sorted = [...items].sort((a, b) => start(a).localeCompare(start(b)));
      const li = (item: BenchItem) =>
        `<li class="${item.category}"><time datetime="${start(item)}">${item.startTime ?? 'All day'}</time> <span>${item.name}</span></li>`;
      if (view === 'list') {
        container.innerHTML = `<h2>June 2018</h2><ul>${sorted.map(li).join('')}</ul>`;
        return;
      }
      const byDate = new Map<string, BenchItem[]>();
      for (const item of sorted) {
        const day = byDate.get(item.date);
        if (day) day.push(item);
        else byDate.set(item.date, [item]);
      }
      // June 2018 starts on a Friday: weeks from Monday 28 May to Sunday 8 July.
      const first = Date.UTC(2018, 4, 28);
      const weeks = Array.from({ length: 6 }, (_, week) => {
        const days = Array.from({ length: 7 }, (_, day) => {
          const date = new Date(first + (week * 7 + day) * 86_400_000).toISOString().slice(0, 10);
          const dayItems = byDate.get(date) ?? [];
          return `<td><span>${Number(date.slice(8))}</span>${dayItems.length ? `<ul>${dayItems.map(li).join('')}</ul>` : ''}</td>`;
        });
        return `<tr>${days.join('')}</tr>`;
      });
      const head = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((day) => `<th>${day}</th>`).join('');
      container.innerHTML = `<table><thead><tr>${head}</tr></thead><tbody>${weeks.join('')}</tbody></table>`;
    };
  },
};

/** Text nodes holding an item's name, in `root` and in the shadow roots inside it. */
function countShown(root: Node): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node instanceof Text && /^\s*Action \d+\s*$/u.test(node.data)) count += 1;
    if (node instanceof Element && node.shadowRoot) count += countShown(node.shadowRoot);
  }
  return count;
}

/** Times one render into a fresh container in `#calendar`. */
async function timeRender(renderer: Renderer, items: BenchItem[], view: string): Promise<CompareResult> {
  const container = document.createElement('div');
  document.querySelector('#calendar')!.replaceChildren(container);
  const render = await renderer(items, view, container);
  // Let loading settle before measuring.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const started = performance.now();
  await render();
  await nextFrame();
  await nextFrame();
  const ms = performance.now() - started;
  return { ms, shown: countShown(container) };
}

async function run(): Promise<CompareResult> {
  const query = new URLSearchParams(location.search);
  const view = query.get('view') ?? 'month';
  const renderer = renderers[query.get('renderer') ?? 'placard'];
  if (!renderer) throw new Error(`No renderer ${query.get('renderer')}`);
  const items = benchItems(Number(query.get('n') ?? 500));
  if (query.get('second') === '1') await timeRender(renderer, items, view);
  return timeRender(renderer, items, view);
}

window.placardCompare = run();
