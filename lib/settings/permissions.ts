/**
 * The manifest's permissions in plain words for the onboarding page (README "权限说明" says the same). Built
 * from the running manifest, so a browser build without some permission (Firefox: no pageCapture, offscreen)
 * does not list it; a permission missing here is still shown, by its name, so none is ever hidden. Pure.
 */
import type { MessageKey } from '../i18n/catalog';

export interface PermissionItem {
  /** The manifest names it covers. */
  names: string[];
  title: MessageKey | null;
  why: MessageKey | null;
}

const EXPLAINED: { names: string[]; title: MessageKey; why: MessageKey }[] = [
  { names: ['<all_urls>'], title: 'onboarding_perm_hosts', why: 'onboarding_perm_hosts_why' },
  {
    names: ['storage', 'unlimitedStorage'],
    title: 'onboarding_perm_storage',
    why: 'onboarding_perm_storage_why',
  },
  { names: ['alarms'], title: 'onboarding_perm_alarms', why: 'onboarding_perm_alarms_why' },
  {
    names: ['notifications'],
    title: 'onboarding_perm_notifications',
    why: 'onboarding_perm_notifications_why',
  },
  { names: ['contextMenus'], title: 'onboarding_perm_menus', why: 'onboarding_perm_menus_why' },
  { names: ['scripting'], title: 'onboarding_perm_scripting', why: 'onboarding_perm_scripting_why' },
  { names: ['activeTab'], title: 'onboarding_perm_activetab', why: 'onboarding_perm_activetab_why' },
  { names: ['downloads'], title: 'onboarding_perm_downloads', why: 'onboarding_perm_downloads_why' },
  { names: ['pageCapture'], title: 'onboarding_perm_pagecapture', why: 'onboarding_perm_pagecapture_why' },
  { names: ['offscreen'], title: 'onboarding_perm_offscreen', why: 'onboarding_perm_offscreen_why' },
];

export function permissionItems(permissions: readonly string[], hosts: readonly string[]): PermissionItem[] {
  const granted = new Set([...permissions, ...hosts]);
  const items: PermissionItem[] = EXPLAINED.map((e) => ({
    ...e,
    names: e.names.filter((n) => granted.has(n)),
  })).filter((e) => e.names.length);
  const covered = new Set(EXPLAINED.flatMap((e) => e.names));
  for (const name of granted) if (!covered.has(name)) items.push({ names: [name], title: null, why: null });
  return items;
}
