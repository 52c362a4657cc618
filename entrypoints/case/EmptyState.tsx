import type { MessageKey } from '../../lib/i18n/catalog';
import { t } from '../../lib/i18n/t';

/** A calm empty / no-match / nothing-selected panel with an optional way out. */
export function EmptyState({
  title,
  hint,
  heading = 3,
  action,
}: {
  title: MessageKey;
  hint: MessageKey;
  heading?: 2 | 3;
  action?: { label: string; run: () => void };
}) {
  const H = heading === 2 ? 'h2' : 'h3';
  return (
    <div className="case-empty">
      <H>{t(title)}</H>
      <p className="muted">{t(hint)}</p>
      {action && (
        <button type="button" className="secondary" onClick={action.run}>
          {action.label}
        </button>
      )}
    </div>
  );
}
