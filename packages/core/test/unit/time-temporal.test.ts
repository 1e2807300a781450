import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test gets a fresh copy of the module, so the memoised result of one
// test cannot leak into the next.
async function freshLoadTemporal() {
  vi.resetModules();
  const module = await import('../../src/time/temporal.js');
  return module.loadTemporal;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadTemporal', () => {
  it('loads the polyfill when the runtime has no Temporal (Node 20)', async () => {
    expect((globalThis as { Temporal?: unknown }).Temporal).toBeUndefined();
    const loadTemporal = await freshLoadTemporal();
    const Temporal = await loadTemporal();
    expect(Temporal.PlainDate.from('2018-03-15').add({ days: 1 }).toString()).toBe('2018-03-16');
  });

  it('does not install the polyfill globally', async () => {
    const loadTemporal = await freshLoadTemporal();
    await loadTemporal();
    expect((globalThis as { Temporal?: unknown }).Temporal).toBeUndefined();
  });

  it('returns the same API every time', async () => {
    const loadTemporal = await freshLoadTemporal();
    const [first, second] = await Promise.all([loadTemporal(), loadTemporal()]);
    expect(second).toBe(first);
    expect(await loadTemporal()).toBe(first);
  });

  it('uses native Temporal when the runtime has it', async () => {
    const native = { PlainDate: {} };
    vi.stubGlobal('Temporal', native);
    const loadTemporal = await freshLoadTemporal();
    expect(await loadTemporal()).toBe(native);
  });
});
