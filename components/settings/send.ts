import { browser } from 'wxt/browser';
import type { Message, Reply } from '../../lib/messaging';

type PageMessage = Extract<Message, { type: 'save-settings' | 'pause-site' | 'cleanup-orders' }>;

/** A settings message to the background (the only writer); a dead connection becomes an error reply. */
export async function send<R extends Reply = Reply>(msg: PageMessage): Promise<R> {
  try {
    const reply = (await browser.runtime.sendMessage(msg)) as R | undefined;
    return reply ?? ({ ok: false, error: 'no reply' } as R);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) } as R;
  }
}
