import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { browser } from 'wxt/browser';
import { siteOf } from '../../lib/case-page/merchant-history';
import { timelineRecords } from '../../lib/case-page/queries';
import { buildTimeline } from '../../lib/case-page/timeline';
import { formatBeijing, formatMoney } from '../../lib/i18n/status';
import { t } from '../../lib/i18n/t';
import type { OrderRow } from '../../lib/model/order';
import type { Settings } from '../../lib/settings';
import { DeadlinePanel } from '../DeadlinePanel';
import { EligibilityPanel } from '../EligibilityPanel';
import { EvidenceGallery } from '../EvidenceGallery';
import { StatusBadge } from '../StatusBadge';
import { platformName } from './labels';
import { MerchantHistory } from './MerchantHistory';
import { Timeline } from './Timeline';

function Facts({ order }: { order: OrderRow }) {
  const facts: [string, string, boolean?][] = [
    [t('case_fact_order_no'), order.orderNo, true],
    [t('case_fact_amount'), formatMoney(order.amount)],
    [t('case_fact_shop'), order.site, true],
    [t('case_fact_platform'), platformName(order.platform)],
    [t('case_fact_pay_method'), order.payMethod ?? '—'],
    [t('case_fact_paid_at'), formatBeijing(order.paidAt)],
    [t('case_fact_first_seen'), formatBeijing(order.firstSeenAt)],
    [t('case_fact_last_seen'), formatBeijing(order.lastSeenAt)],
    [t('case_fact_delivered_at'), formatBeijing(order.deliveredAt)],
    [t('case_fact_breached_at'), formatBeijing(order.breachedAt)],
    [t('case_fact_keys'), t('case_fact_keys_count', order.cardKeys.length)],
    [t('case_fact_evidence'), t('case_fact_evidence_count', order.evidenceCount)],
  ];
  return (
    <dl className="facts detail-facts" aria-label={t('case_detail_facts')}>
      {facts.map(([label, value, mono]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className={mono ? 'mono' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One order on the case page: facts, timeline, evidence, verdict with the case steps, the shop's record. */
export function OrderDetail({
  order,
  settings,
  now,
  onOpen,
}: {
  order: OrderRow;
  settings: Settings;
  now: Date;
  onOpen: (key: string) => void;
}) {
  const records = useLiveQuery(() => timelineRecords(order.key), [order.key]);
  // Deadlines turn from ahead to past: redrawn every 10 s rather than on every tick of the clock.
  const tick = Math.floor(now.getTime() / 10_000);
  const entries = useMemo(
    () =>
      records &&
      buildTimeline({
        order,
        events: records.data.events,
        evidence: records.data.evidence,
        chat: records.data.chat,
        caseRow: records.data.row,
        settings,
        now: new Date(tick * 10_000),
      }),
    [order, records, settings, tick],
  );
  const exportUrl = browser.runtime.getURL('/export.html') + `?order=${encodeURIComponent(order.key)}`;
  return (
    <article className="case-detail" aria-labelledby="case-detail-title">
      <header className="detail-head">
        <h2 id="case-detail-title" tabIndex={-1}>
          {order.product ?? t('case_unknown_product')}
        </h2>
        <StatusBadge status={order.status} raw={order.statusText} />
      </header>
      <Facts order={order} />
      <p className="detail-links small">
        <span className="muted">{t('case_times_note')}</span>
        {siteOf(order.url) && (
          <a href={order.url} target="_blank" rel="noreferrer noopener">
            {t('case_open_order_page')}
          </a>
        )}
        <a href={exportUrl} target="_blank" rel="noreferrer">
          {t('case_export_order')}
        </a>
      </p>

      <section className="detail-section" aria-labelledby="case-timeline-title">
        <h3 id="case-timeline-title">{t('case_section_timeline')}</h3>
        {records?.error && <p className="bad small">{t('case_load_error', records.error)}</p>}
        {entries ? (
          <Timeline entries={entries} labelledBy="case-timeline-title" />
        ) : (
          <p className="muted">{t('common_loading')}</p>
        )}
      </section>

      <section className="detail-section" aria-labelledby="case-evidence-title">
        <h3 id="case-evidence-title">{t('case_section_evidence')}</h3>
        {order.evidenceCount > 0 ? (
          <EvidenceGallery orderKey={order.key} />
        ) : (
          <p className="muted">{t('case_no_evidence')}</p>
        )}
      </section>

      <section className="detail-section" aria-labelledby="case-eligibility-title">
        <h3 id="case-eligibility-title">{t('case_section_eligibility')}</h3>
        <DeadlinePanel order={order} settings={settings} now={now} />
        <EligibilityPanel order={order} settings={settings} now={now} />
      </section>

      <section className="detail-section" aria-labelledby="case-merchant-title">
        <h3 id="case-merchant-title">{t('case_section_merchant')}</h3>
        <MerchantHistory site={order.site} current={order.key} onOpen={onOpen} />
      </section>
    </article>
  );
}
