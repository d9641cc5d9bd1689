import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LIST_ALARM, nextCheckInMinutes, setUpListAlarm } from '@/utils/background/list-alarm';

beforeEach(() => fakeBrowser.reset());

describe('the list alarm', () => {
  it('comes every six hours, give or take half an hour', () => {
    expect(nextCheckInMinutes(() => 0)).toBe(330);
    expect(nextCheckInMinutes(() => 0.5)).toBe(360);
    expect(nextCheckInMinutes(() => 0.999)).toBeCloseTo(389.94, 1);
  });

  it('is set at start when none is pending, and left alone when one is', async () => {
    setUpListAlarm(async () => undefined);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(LIST_ALARM)).toBeDefined());
    const first = (await fakeBrowser.alarms.get(LIST_ALARM))!.scheduledTime;
    setUpListAlarm(async () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await fakeBrowser.alarms.get(LIST_ALARM))!.scheduledTime).toBe(first);
  });

  it('checks the lists when it fires, and sets itself again even when the check fails', async () => {
    const check = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setUpListAlarm(check);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(LIST_ALARM)).toBeDefined());
    await fakeBrowser.alarms.clear(LIST_ALARM);
    await fakeBrowser.alarms.onAlarm.trigger({ name: LIST_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(LIST_ALARM)).toBeDefined());
    expect(check).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-else', scheduledTime: Date.now() });
    expect(check).toHaveBeenCalledTimes(1);
  });
});
