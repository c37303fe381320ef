// Scrolling the whole list, top to bottom, as fast as a user dragging the scrollbar: each frame
// moves the grid's body three screens down. A PerformanceObserver for 'longtask' records every
// task over 50 ms on the page's main thread meanwhile; frame gaps (rAF to rAF) are kept too, since
// a janky scroll shows there even when no single task crosses 50 ms.
import type { Page } from '@playwright/test';

export interface ScrollFigures {
  ms: number;
  frames: number;
  longTasks: number;
  longestTaskMs: number;
  frameGapP95Ms: number;
  frameGapMaxMs: number;
  /** Rows the grid rendered at the bottom, to show the scroll really reached the end. */
  reachedEnd: boolean;
}

export async function measureScroll(page: Page): Promise<ScrollFigures> {
  return page.evaluate(async () => {
    const body = document.querySelector<HTMLElement>('[data-testid="customer-rows"]')!;
    body.scrollTop = 0;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const gaps: number[] = [];
    const started = performance.now();
    let last = started;
    await new Promise<void>((resolve) => {
      const step = () => {
        const now = performance.now();
        gaps.push(now - last);
        last = now;
        if (body.scrollTop + body.clientHeight >= body.scrollHeight - 1) return resolve();
        body.scrollTop += body.clientHeight * 3;
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    const ms = performance.now() - started;
    // Let the last frames' tasks be reported before reading them.
    await new Promise((resolve) => setTimeout(resolve, 500));
    observer.disconnect();
    const sorted = gaps.slice(1).sort((a, b) => a - b);
    const rows = [...body.querySelectorAll<HTMLElement>('[data-index]')].map((row) => Number(row.dataset.index));
    const count = Number(document.querySelector<HTMLElement>('[data-testid="customer-counts"]')?.dataset.shown ?? 0);
    return {
      ms,
      frames: gaps.length,
      longTasks: tasks.filter((duration) => duration > 50).length,
      longestTaskMs: tasks.length === 0 ? 0 : Math.max(...tasks),
      frameGapP95Ms: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0,
      frameGapMaxMs: sorted.at(-1) ?? 0,
      reachedEnd: rows.includes(count - 1),
    };
  });
}
