// Renderer JS heap with the whole list in memory and the app idle, read through the Chrome
// DevTools Protocol: used heap as it stands, and after a forced garbage collection (what the
// app really keeps alive).
import type { Page } from '@playwright/test';

export async function measureHeap(page: Page): Promise<{ usedMb: number; afterGcMb: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const mb = (bytes: number) => bytes / (1024 * 1024);
    const before = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { usedMb: mb(before.usedSize), afterGcMb: mb(after.usedSize) };
  } finally {
    await cdp.detach();
  }
}
