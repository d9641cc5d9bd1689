import { describe, expect, it } from 'vitest';
import { createNearViewportMounter } from '@/utils/page/near-viewport';

/** An IntersectionObserver the test drives by hand. */
function fakeObserver() {
  let callback: IntersectionObserverCallback = () => {};
  const observed = new Set<Element>();
  const observer = {
    observe: (el: Element) => observed.add(el),
    unobserve: (el: Element) => observed.delete(el),
  } as unknown as IntersectionObserver;
  const mounter = createNearViewportMounter((cb) => ((callback = cb), observer));
  const cross = (target: Element, isIntersecting: boolean) =>
    callback([{ target, isIntersecting } as IntersectionObserverEntry], observer);
  return { mounter, observed, cross };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const element = () => ({}) as Element;

describe('mounting badges near the viewport', () => {
  it('mounts only once the post comes near the screen, then stops watching it', async () => {
    const { mounter, observed, cross } = fakeObserver();
    const post = element();
    let mounts = 0;
    mounter(post, async () => ((mounts++), { remove() {} }));
    cross(post, false);
    expect(mounts).toBe(0);
    cross(post, true);
    await tick();
    expect(mounts).toBe(1);
    expect(observed.has(post)).toBe(false);
  });

  it('never mounts a badge removed before its post came near', async () => {
    const { mounter, observed, cross } = fakeObserver();
    const post = element();
    let mounts = 0;
    mounter(post, async () => ((mounts++), { remove() {} })).remove();
    expect(observed.has(post)).toBe(false);
    cross(post, true);
    await tick();
    expect(mounts).toBe(0);
  });

  it('removes a mounted badge, and one whose mounting finishes after it was removed', async () => {
    const { mounter, cross } = fakeObserver();
    const removed: string[] = [];
    const near = element();
    const mounted = mounter(near, async () => ({ remove: () => removed.push('mounted') }));
    cross(near, true);
    await tick();
    mounted.remove();
    expect(removed).toEqual(['mounted']);

    const post = element();
    let finish: () => void = () => {};
    const late = mounter(post, () => new Promise((resolve) => (finish = () => resolve({ remove: () => removed.push('late') }))));
    cross(post, true);
    late.remove();
    finish();
    await tick();
    expect(removed).toEqual(['mounted', 'late']);
  });
});
