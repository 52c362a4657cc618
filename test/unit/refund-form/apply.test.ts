import { describe, expect, it } from 'vitest';
import { apply } from '../../../lib/refund-form/apply';
import { collect } from '../../../lib/refund-form/collect';
import { showPanel, PANEL_ID } from '../../../lib/refund-form/panel';
import { plan } from '../../../lib/refund-form/plan';
import { fromChunks, toChunks } from '../../../lib/refund-form/protocol';
import { evidence, facts, fixtureDoc } from './helpers';

/** The fixture in the live test document (DOMParser documents have no window for events). */
function load(path: string): Document {
  const src = document.importNode(fixtureDoc(path).body, true);
  document.body.replaceChildren(...src.childNodes);
  return document;
}

const png = (name: string, size: number) => new File([new Uint8Array(size)], name, { type: 'image/png' });

describe('apply()', () => {
  it('fills the flagship form: native setter + input/change, option by text, files by DataTransfer; skips equal and readonly', async () => {
    const doc = load('demo-kameng/refund-form.html');
    const seen: string[] = [];
    doc.addEventListener('input', (e) => seen.push(`input:${(e.target as Element).id}`));
    doc.addEventListener('change', (e) => seen.push(`change:${(e.target as Element).id}`));
    const { form, entries } = collect(doc);
    const p = plan({ form: form!, facts: facts(), evidence, profile: null });
    const store = new Map(p.files[0]!.evidence.map((id) => [`e${id}`, png(`e${id}.png`, 10)]));
    const files = p.files.map((f) => ({ id: f.id, files: f.evidence.map((id) => `e${id}`) }));
    const r = await apply(entries, p.values, files, store);

    expect((doc.getElementById('reason') as HTMLSelectElement).value).toBe('卡密已被使用');
    expect((doc.getElementById('description') as HTMLTextAreaElement).value).toContain(
      'KM202611261503579943',
    );
    expect((doc.getElementById('evidence') as HTMLInputElement).files).toHaveLength(5);
    expect(seen).toEqual(
      expect.arrayContaining(['input:reason', 'change:reason', 'input:description', 'change:evidence']),
    );
    expect(r.outcomes[entries.values().next().value!.field.id]).toBeUndefined(); // readonly order no.: not planned
    expect(Object.values(r.outcomes)).toContain('equal'); // amount already 45.00
    expect(r.filled.map((f) => f.label)).toEqual(['退款原因', '问题描述', '上传凭证']);
    expect(doc.getElementById('reason')!.hasAttribute('data-cardshield-filled')).toBe(true);
  });

  it('a field disabled after planning is left alone and reported', async () => {
    const doc = load('demo-kameng/refund-form.html');
    const { form, entries } = collect(doc);
    const p = plan({ form: form!, facts: facts(), evidence: [], profile: null });
    doc.getElementById('description')!.setAttribute('disabled', '');
    const r = await apply(entries, p.values, [], new Map());
    expect((doc.getElementById('description') as HTMLTextAreaElement).value).toBe('');
    expect(r.left).toContainEqual({ label: '问题描述', why: '该项被页面锁定，未改动' });
  });

  it('clicks the custom dropdown open, then the option', async () => {
    const doc = load('refund-form/custom-dropdown.html');
    const box = doc.querySelector('[role=combobox]')!;
    const list = doc.getElementById('reason-list')!;
    box.addEventListener('click', () => list.setAttribute('style', 'display: block'));
    list.addEventListener('click', (e) => {
      const li = (e.target as Element).closest('[role=option]')!;
      li.setAttribute('aria-selected', 'true');
      box.querySelector('span')!.textContent = li.textContent;
    });
    const { form, entries } = collect(doc);
    const p = plan({ form: form!, facts: facts(), evidence: [], profile: null });
    const r = await apply(entries, p.values, [], new Map());
    expect(box.textContent).toContain('卡密已被使用');
    expect(r.filled.map((f) => f.label)).toContain('售后原因');
    expect((doc.getElementById('orderNo') as HTMLInputElement).value).toBe('KM1234567890');
  });

  it('clicks a reason tile (qs-faka) and a 售后支持 button tile (acg-faka)', async () => {
    const doc = load('qs-faka/complaint-dialog.html');
    const tiles = [...doc.querySelectorAll('.select_box')];
    for (const t of tiles)
      t.addEventListener('click', () => tiles.forEach((x) => x.classList.toggle('select', x === t)));
    const { form, entries } = collect(doc);
    const p = plan({
      form: form!,
      facts: facts({ problem: 'mismatch', failure: null }),
      evidence: [],
      profile: null,
    });
    await apply(entries, p.values, [], new Map());
    expect(doc.querySelector('.select_box.select')!.textContent).toContain('描述不符');
  });
});

describe('panel and transfer', () => {
  it('the panel is text only and closes', () => {
    const host = showPanel(
      document,
      { filled: [{ label: '<b>x</b>', value: '<img src=x>' }], left: [], outcomes: {} },
      [],
    );
    const root = host.shadowRoot!;
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain('<img src=x>');
    (root.querySelector('button') as HTMLButtonElement).click();
    expect(document.getElementById(PANEL_ID)).toBeNull();
  });

  it('base64 chunks round-trip and stay small', () => {
    const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => i % 251);
    const chunks = toChunks(bytes, 4096);
    expect(chunks).toHaveLength(3);
    expect(fromChunks(chunks)).toEqual(bytes);
    expect(fromChunks(toChunks(new Uint8Array(0)))).toHaveLength(0);
  });
});
