// Makes sure Debian Chromium (and CJK fonts for readable screenshots) are present before e2e / demo.
// Playwright's own browser download is not used (see house-style §5): we drive /usr/bin/chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const HINT =
  'run  sudo apt-get install -y chromium chromium-l10n fonts-noto-cjk  (Debian/Ubuntu) or set CHROMIUM_PATH';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function succeeds(command, args) {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    return true;
  } catch {
    return false;
  }
}

function hasCjkFonts() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return succeeds('dpkg', ['-s', 'fonts-noto-cjk']);
  }
}

/** apt-get update + install, output shown; returns false instead of throwing (offline machines). */
function aptInstall(packages) {
  console.log(`ensure-chromium: apt-get update && apt-get install -y ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    const { status } = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (status !== 0) {
      console.error(`ensure-chromium: apt-get ${args[0]} failed (exit ${status})`);
      return false;
    }
  }
  return true;
}

const wanted = [];
// A custom CHROMIUM_PATH is the user's choice: never try to "fix" it with the Debian package.
if (!existsSync(chromiumPath) && !process.env.CHROMIUM_PATH) wanted.push('chromium');
if (!hasCjkFonts()) wanted.push('fonts-noto-cjk');
// Debian's chromium ships only en-US: the zh-CN pack makes the browser (and so the extension) speak Chinese.
const hasZhPack = () => existsSync('/usr/lib/chromium/locales/zh-CN.pak');
if (!process.env.CHROMIUM_PATH && !hasZhPack()) wanted.push('chromium-l10n');
if (wanted.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) aptInstall(wanted);

if (!existsSync(chromiumPath)) {
  console.error(`Chromium is missing: ${HINT}`);
  process.exit(1);
}
if (!process.env.CHROMIUM_PATH && !hasZhPack()) {
  console.error(
    `Chromium's zh-CN language pack is missing (the tests run the extension in Chinese): ${HINT}`,
  );
  process.exit(1);
}
if (!hasCjkFonts()) {
  // Not fatal: tests read the DOM; only screenshots would show boxes instead of 汉字.
  console.warn(
    'ensure-chromium: no Chinese font found, screenshots will not render 中文 (install fonts-noto-cjk)',
  );
}
