import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { CaseEvent } from '../../lib/eligibility';
import { t } from '../../lib/i18n/t';
import { describeError, type CaseAnswers, type CaseReply } from '../../lib/messaging';
import type { OrderRow } from '../../lib/model/order';
import type { Settings } from '../../lib/settings';
import { loadCaseData } from '../../lib/service/case-data';
import { caseView, type CaseView } from '../../lib/service/case-view';

export interface CaseStatus {
  busy: boolean;
  /** The last reply, for a role=status line: what was recorded, or why not. */
  message: string;
  error: boolean;
}

export interface UseCase {
  view: CaseView | undefined;
  /** The case record could not be read (e.g. it no longer validates). */
  loadError: string | undefined;
  status: CaseStatus;
  record: (event: CaseEvent, done: string) => Promise<void>;
  answer: (answers: CaseAnswers) => Promise<void>;
}

type Loaded = { data: Awaited<ReturnType<typeof loadCaseData>> } | { error: string };

/**
 * The order's case, live from IndexedDB (the popup reads directly), assessed for `now`; changes go to the
 * background as messages. Forms CardShield saw submitted but the case does not show yet are synced once.
 */
export function useCase(order: OrderRow, settings: Settings, now: Date): UseCase {
  const loaded = useLiveQuery(
    (): Promise<Loaded> =>
      loadCaseData(order.key).then(
        (data) => ({ data }),
        (err: unknown) => ({ error: describeError(err) }),
      ),
    [order.key],
  );
  const data = loaded && 'data' in loaded ? loaded.data : undefined;
  const view = useMemo(
    () => (data ? caseView(order, data, settings, now) : undefined),
    [order, data, settings, now],
  );
  const [status, setStatus] = useState<CaseStatus>({ busy: false, message: '', error: false });

  const send = useCallback(async (msg: Record<string, unknown>, done: string) => {
    setStatus({ busy: true, message: t('popup_case_recording'), error: false });
    try {
      const reply = (await browser.runtime.sendMessage(msg)) as CaseReply | undefined;
      if (reply?.ok) setStatus({ busy: false, message: done, error: false });
      else setStatus({ busy: false, message: reply?.error ?? t('popup_case_no_reply'), error: true });
    } catch (err) {
      setStatus({ busy: false, message: describeError(err), error: true });
    }
  }, []);

  const pending = view?.pendingSubmissions.join(',') ?? '';
  const synced = useRef('');
  useEffect(() => {
    if (!pending || synced.current === pending) return;
    synced.current = pending;
    void browser.runtime.sendMessage({ type: 'case-sync', orderKey: order.key }).catch(() => undefined);
  }, [pending, order.key]);

  return {
    view,
    loadError: loaded && 'error' in loaded ? loaded.error : undefined,
    status,
    record: (event, done) => send({ type: 'case-event', orderKey: order.key, event }, done),
    answer: (answers) =>
      send({ type: 'case-answer', orderKey: order.key, answers }, t('popup_case_answer_saved')),
  };
}
