import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionUndoStore } from '@/utils/background/session-undo-store';
import { createUndoTokens } from '@/utils/messaging/undo-tokens';
import type { ReportWrite } from '@/utils/storage/report-store';

const write = { saved: [{ id: 'tiktok:1' }], before: [null] } as unknown as ReportWrite;
let tokens = 0;
const newToken = () => `token-${++tokens}`;

beforeEach(() => fakeBrowser.reset());

describe('undo tokens in storage.session', () => {
  it("outlive the service worker's memory: a restarted background still honours them", async () => {
    const token = await createUndoTokens(() => 1_000, newToken, sessionUndoStore()).issue(write, 7);
    const restarted = createUndoTokens(() => 2_000, newToken, sessionUndoStore());
    expect(await restarted.find(token, 7)).toEqual(write);
    expect(await restarted.find(token, 8)).toBeUndefined();
  });

  it('are gone once used or expired, and the oldest go first past fifty', async () => {
    let now = 0;
    const undo = createUndoTokens(() => now, newToken, sessionUndoStore());
    const first = await undo.issue(write, 1);
    await undo.forget(first);
    expect(await undo.find(first, 1)).toBeUndefined();
    const issued: string[] = [];
    for (let i = 0; i < 51; i++) issued.push(await undo.issue(write, 1));
    await undo.issue(write, 1); // issuing prunes
    expect(await undo.find(issued[0], 1)).toBeUndefined();
    expect(await undo.find(issued[50], 1)).toEqual(write);
    now = 31 * 60_000;
    expect(await undo.find(issued[50], 1)).toBeUndefined();
  });
});
