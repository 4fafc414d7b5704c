import { describe, expect, it, vi } from 'vitest';
import { createContentClient, type RuntimeLike } from '../../../lib/messages/content-client';
import { ContentToBackgroundSchema, rescanCommand } from '../../../lib/messages/protocol';
import { sampleScan } from './helpers';

function fakeRuntime(answer: unknown) {
  const listeners: Array<(m: unknown, s: { id?: string }) => void> = [];
  const sent: unknown[] = [];
  const runtime: RuntimeLike = {
    id: 'ours',
    sendMessage: vi.fn(async (m: unknown) => {
      sent.push(m);
      return answer;
    }),
    onMessage: {
      addListener: (cb) => void listeners.push(cb),
      removeListener: (cb) => void listeners.splice(listeners.indexOf(cb), 1),
    },
  };
  return { runtime, sent, emit: (m: unknown, id = 'ours') => listeners.forEach((l) => l(m, { id })) };
}

describe('content client', () => {
  it('sends messages the background accepts', async () => {
    const { runtime, sent } = fakeRuntime({ ok: true, cards: {} });
    const client = createContentClient(runtime);
    await client.sendScan(sampleScan());
    await client.getCards(['iso-9001']);
    expect(sent.map((m) => ContentToBackgroundSchema.safeParse(m).success)).toEqual([true, true]);
  });

  it('returns the cards of a valid answer and nothing from a malformed one', async () => {
    const card = { name: 'ISO 9001', summary: 'A quality process was audited.', flagNotes: [] };
    expect(await createContentClient(fakeRuntime({ ok: true, cards: { 'iso-9001': card } }).runtime).getCards(['iso-9001'])).toEqual({
      'iso-9001': card,
    });
    const bad = { ok: true, cards: { 'iso-9001': { name: 'x'.repeat(500), summary: '', flagNotes: [] } } };
    expect(await createContentClient(fakeRuntime(bad).runtime).getCards(['iso-9001'])).toEqual({});
    expect(await createContentClient(fakeRuntime(undefined).runtime).getCards(['iso-9001'])).toEqual({});
  });

  it('passes on commands from our extension only, and only valid ones', () => {
    const { runtime, emit } = fakeRuntime(null);
    const handler = vi.fn();
    const stop = createContentClient(runtime).onCommand(handler);
    emit(rescanCommand(), 'another-extension');
    emit({ ...rescanCommand(), v: 2 });
    emit({ type: 'rescan' });
    expect(handler).not.toHaveBeenCalled();
    emit(rescanCommand());
    expect(handler).toHaveBeenCalledTimes(1);
    stop();
    emit(rescanCommand());
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
