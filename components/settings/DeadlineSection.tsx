import { FAMILY_RULES, rulesFor } from '../../lib/deadlines/rules';
import type { MessageKey } from '../../lib/i18n/catalog';
import { t } from '../../lib/i18n/t';
import type { Settings } from '../../lib/settings';
import { DeadlineFamily } from './DeadlineFamily';

const NAME: Record<string, MessageKey> = {
  'demo-kameng': 'settings_family_demo_kameng',
  'qs-faka': 'settings_family_qs_faka',
  fakanet: 'settings_family_fakanet',
  caihong: 'settings_family_caihong',
  default: 'settings_family_default',
};

/** Every rule of a family, the WeChat-only 365-day limit included (rulesFor filters it by pay method). */
const allRules = (family: string) => rulesFor(family, '微信支付');

/** The case deadlines per platform family (lib/deadlines/rules.ts), with the buyer's overrides. */
export function DeadlineSection({ settings }: { settings: Settings }) {
  return (
    <section className="panel settings-section" id="deadlines" aria-labelledby="deadlines-h">
      <h2 id="deadlines-h">{t('settings_deadlines_h')}</h2>
      <p className="section-intro">{t('settings_deadlines_intro')}</p>
      {Object.keys(FAMILY_RULES).map((family) => (
        <DeadlineFamily
          key={family}
          family={family}
          name={NAME[family] ? t(NAME[family]) : family}
          rules={allRules(family)}
          overrides={settings.deadlineOverrides[family] ?? {}}
        />
      ))}
    </section>
  );
}
