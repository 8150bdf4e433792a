// Finds the browsers the project runs in, or explains which Debian package to install.
import { existsSync } from 'node:fs';

function find(envName, candidates, pkg) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `${envName}=${fromEnv} does not exist. Unset ${envName} to look in the usual places, or install: sudo apt-get install -y ${pkg}`,
    );
  }
  const hit = candidates.find((p) => existsSync(p));
  if (hit) return hit;
  throw new Error(
    `No ${pkg} browser found (looked in ${candidates.join(', ')}). Install it with: sudo apt-get install -y ${pkg} fonts-noto-core — or set ${envName} to its path.`,
  );
}

export const findChromium = () =>
  find('CHROME_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'], 'chromium');
export const findFirefox = () => find('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr');

/** Flags that keep Chromium quiet on a machine with no network (TOOLCHAIN.md). */
export const CHROMIUM_QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
