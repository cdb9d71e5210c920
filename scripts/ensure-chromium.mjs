// pretest: make sure the Chromium the browser tests need is on this machine. npm packages cannot
// download browsers here, so Debian's chromium is installed with apt when it is missing and allowed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (process.env.CHROME_PATH || !isRoot || !hasApt) {
  console.error(
    `Chromium was not found at ${path}. Install it (Debian: "sudo apt-get install -y chromium") ` +
      'or point CHROME_PATH at a Chromium or Chrome binary, then run npm test again.',
  );
  process.exit(1);
}

console.error('Chromium is missing: installing Debian\'s chromium package (about 30 s)...');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
