import { ExportBackup } from './ExportBackup';
import { ExportOrder } from './ExportOrder';
import { ExportVerify } from './ExportVerify';
import { t } from '../lib/i18n/t';
import { ShieldLogo } from './ShieldLogo';

/** The export page: per-order package and letters, package verification, whole-database backup. */
export function ExportPage({ orderKey }: { orderKey: string | null }) {
  return (
    <main className="export">
      <h1>
        <ShieldLogo /> {t('export_heading')}
      </h1>
      <ExportOrder initialKey={orderKey} />
      <ExportVerify />
      <ExportBackup />
    </main>
  );
}
