import { ExportBackup } from './ExportBackup';
import { ExportOrder } from './ExportOrder';
import { ExportVerify } from './ExportVerify';
import { ShieldLogo } from './ShieldLogo';

/** The export page: per-order package and letters, package verification, whole-database backup. */
export function ExportPage({ orderKey }: { orderKey: string | null }) {
  return (
    <main className="export">
      <h1>
        <ShieldLogo /> 卡盾 · 导出与备份
      </h1>
      <ExportOrder initialKey={orderKey} />
      <ExportVerify />
      <ExportBackup />
    </main>
  );
}
