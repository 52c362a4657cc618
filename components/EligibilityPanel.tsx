import type { ReactNode } from 'react';
import { useCase } from '../entrypoints/popup/use-case';
import { t } from '../lib/i18n/t';
import type { OrderRow } from '../lib/model/order';
import type { Settings } from '../lib/settings';
import { CaseNextStep } from './CaseNextStep';
import { CaseSteps } from './CaseSteps';
import { EligibilityCard } from './EligibilityCard';

/**
 * Issue #6 for one order: verdict (with questions, warnings, suggestions; rules and evidence folded), the next
 * step with its countdown, then `children` (the evidence gallery), then the five steps with the composed texts.
 */
export function EligibilityPanel({
  order,
  settings,
  now,
  children,
}: {
  order: OrderRow;
  settings: Settings;
  now: Date;
  children?: ReactNode;
}) {
  const { view, loadError, status, record, answer } = useCase(order, settings, now);
  const ready = view && !loadError ? view : null;
  // `children` keeps its place in every state, so the gallery is not remounted (and re-queried) when the
  // verdict arrives.
  return (
    <div className="eligibility">
      {loadError ? (
        <p role="alert" className="bad small">
          {loadError}
        </p>
      ) : ready ? (
        <>
          <EligibilityCard view={ready} busy={status.busy} onAnswer={(a) => void answer(a)} />
          <CaseNextStep view={ready} now={now} />
        </>
      ) : (
        <p className="muted small" role="status">
          {t('popup_eligibility_loading')}
        </p>
      )}
      {children}
      {ready && (
        <>
          <CaseSteps
            view={ready}
            order={order}
            now={now}
            busy={status.busy}
            record={(e, done) => void record(e, done)}
          />
          <p role="status" className={status.error ? 'case-status bad small' : 'case-status muted small'}>
            {status.message}
          </p>
        </>
      )}
    </div>
  );
}
