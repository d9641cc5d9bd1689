import { describe, expect, it } from 'vitest';
import { createNearViewportMounter, type Nearness } from '@/utils/page/near-viewport';

/** A page the test lays out by hand: each post's place, and a scroll it fires. */
function fakePage() {
  const place = new Map<Element, Nearness>();
  let onScroll: (() => void) | null = null;
  const mounter = createNearViewportMounter({
    nearness: (el) => place.get(el) ?? 'below',
    watchScrolling: (check) => ((onScroll = check), () => (onScroll = null)),
  });
  const post = (where: Nearness) => {
    const el = { isConnected: true } as unknown as Element;
    place.set(el, where);
    return el;
  };
  return { mounter, place, post, scroll: () => onScroll?.(), isWatching: () => onScroll !== null };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function recorder() {
  const events: string[] = [];
  const mount = (name: string) => async () => (events.push(`mount ${name}`), { remove: () => events.push(`remove ${name}`) });
  return { events, mount };
}

describe('mounting badges near the viewport', () => {
  it('mounts at once a post already near the screen, and watches no scrolling for it', async () => {
    const page = fakePage();
    const { events, mount } = recorder();
    page.mounter(page.post('near'), mount('a'));
    await tick();
    expect(events).toEqual(['mount a']);
    expect(page.isWatching()).toBe(false);
  });

  it('mounts a post below the screen when a scroll brings it near, then stops watching', async () => {
    const page = fakePage();
    const { events, mount } = recorder();
    const below = page.post('below');
    page.mounter(below, mount('b'));
    page.scroll();
    await tick();
    expect(events).toEqual([]);
    page.place.set(below, 'near');
    page.scroll();
    await tick();
    expect(events).toEqual(['mount b']);
    expect(page.isWatching()).toBe(false);
  });

  it('stops checking at the first post still below the screen, and keeps posts scrolled past for later', async () => {
    const page = fakePage();
    const { events, mount } = recorder();
    const passed = page.post('above');
    const next = page.post('below');
    const later = page.post('below');
    page.mounter(passed, mount('passed'));
    page.mounter(next, mount('next'));
    page.mounter(later, mount('later'));
    page.place.set(later, 'near'); // out of order: not reached, since `next` is still below
    page.scroll();
    await tick();
    expect(events).toEqual([]);
    page.place.set(passed, 'near');
    page.place.set(next, 'near');
    page.scroll();
    await tick();
    expect(events).toEqual(['mount passed', 'mount next', 'mount later']);
  });

  it('never mounts a badge removed while waiting, nor one whose post left the page', async () => {
    const page = fakePage();
    const { events, mount } = recorder();
    const waiting = page.post('below');
    const gone = page.post('below');
    page.mounter(waiting, mount('waiting')).remove();
    page.mounter(gone, mount('gone'));
    (gone as unknown as { isConnected: boolean }).isConnected = false;
    page.place.set(waiting, 'near');
    page.scroll();
    await tick();
    expect(events).toEqual([]);
    expect(page.isWatching()).toBe(false);
  });

  it('removes a mounted badge, and one whose mounting finishes after it was removed', async () => {
    const page = fakePage();
    const { events, mount } = recorder();
    page.mounter(page.post('near'), mount('shown')).remove();
    await tick();
    expect(events).toEqual(['mount shown', 'remove shown']);
  });
});
