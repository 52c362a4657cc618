import { describeControls } from '../platforms/form-fields';
import type { SubmittedField } from '../messaging';

/** What a control holds right now, as text: selected option text, checked radios, chosen file names and sizes. */
function valueOf(elements: Element[]): string {
  const el = elements[0]!;
  if (el instanceof HTMLInputElement && el.type === 'radio') {
    const on = elements.find((r) => (r as HTMLInputElement).checked);
    return on ? (on.closest('label')?.textContent ?? (on as HTMLInputElement).value).trim() : '';
  }
  if (el instanceof HTMLInputElement && el.type === 'file')
    return [...(el.files ?? [])].map((f) => `${f.name} (${f.size} B)`).join(', ');
  if (el instanceof HTMLInputElement && el.type === 'checkbox') return el.checked ? 'checked' : '';
  if (el instanceof HTMLSelectElement) return el.options[el.selectedIndex]?.textContent?.trim() ?? el.value;
  return (el as HTMLInputElement | HTMLTextAreaElement).value ?? '';
}

/** The filled form as the buyer submitted it (never passwords). */
export function snapshotForm(form: ParentNode): SubmittedField[] {
  return describeControls(form)
    .filter((c) => c.elements[0]?.getAttribute('type') !== 'password')
    .map(({ field, elements }) => ({
      role: field.role,
      name: field.name,
      label: field.label,
      value: valueOf(elements).slice(0, 5000),
    }));
}
