/**
 * The filler content script's message loop (entrypoints/filler.content.ts): collect, receive evidence chunks,
 * apply and show the panel. One fill at a time per frame; the collected ids live only here.
 */
import { browser } from 'wxt/browser';
import { apply } from './apply';
import { collect, type Entry } from './collect';
import { showPanel } from './panel';
import { fromChunks, FillerMessage } from './protocol';
import { t } from '../i18n/t';

export function startFiller(doc: Document): void {
  let entries = new Map<string, Entry>();
  let chunks = new Map<string, { name: string; mime: string; parts: string[] }>();
  let busy = false;

  const handle = async (msg: FillerMessage): Promise<unknown> => {
    switch (msg.type) {
      case 'filler-collect': {
        const got = collect(doc, { layout: true });
        entries = got.entries;
        chunks = new Map();
        return { ok: true, form: got.form };
      }
      case 'filler-chunk': {
        const c = chunks.get(msg.key) ?? {
          name: msg.name,
          mime: msg.mime,
          parts: new Array<string>(msg.total),
        };
        c.parts[msg.index] = msg.data;
        chunks.set(msg.key, c);
        return { ok: true };
      }
      case 'filler-apply': {
        if (busy) return { ok: false, error: t('form_busy') };
        busy = true;
        try {
          const files = new Map<string, File>();
          for (const [key, c] of chunks)
            if (c.parts.every((p) => typeof p === 'string'))
              files.set(key, new File([fromChunks(c.parts) as BlobPart], c.name, { type: c.mime }));
          const result = await apply(entries, msg.values, msg.files, files);
          result.left.unshift(...msg.left);
          showPanel(doc, result, msg.notes);
          return { ok: true, result };
        } finally {
          busy = false;
          chunks = new Map();
        }
      }
    }
  };

  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const parsed = FillerMessage.safeParse(raw);
    if (!parsed.success) return undefined; // someone else's message
    void handle(parsed.data)
      .catch((err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }))
      .then(sendResponse);
    return true;
  });
}
