// pretest: make sure the programs the tests start are on this machine: Chromium (browser tests)
// and redis-server (the proxy's Redis-backed rate limit, test/server). npm packages cannot
// download them here, so Debian's packages are installed with apt when missing and allowed.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const tools = [
  { name: 'Chromium', variable: 'CHROME_PATH', path: '/usr/bin/chromium', debianPackage: 'chromium' },
  { name: 'redis-server', variable: 'REDIS_SERVER_PATH', path: '/usr/bin/redis-server', debianPackage: 'redis-server' },
];

const missing = tools
  .map((tool) => ({ ...tool, path: process.env[tool.variable] || tool.path, custom: Boolean(process.env[tool.variable]) }))
  .filter((tool) => !existsSync(tool.path));
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const unfixable = missing.filter((tool) => tool.custom || !isRoot || !hasApt);
for (const tool of unfixable) {
  console.error(
    `${tool.name} was not found at ${tool.path}. Install it (Debian: "sudo apt-get install -y ${tool.debianPackage}") ` +
      `or point ${tool.variable} at its binary, then run npm test again.`,
  );
}
if (unfixable.length > 0) process.exit(1);

const packages = missing.map((tool) => tool.debianPackage);
console.error(`Missing: installing Debian's ${packages.join(' and ')} with apt...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
// No daemon may be left on Redis's fixed port: the tests start (and stop) their own redis-server on
// a random one. Debian's policy-rc.d convention (exit 101) keeps apt from starting the service.
const policy = '/usr/sbin/policy-rc.d';
const ownPolicy = !existsSync(policy);
if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
try {
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
} finally {
  if (ownPolicy) rmSync(policy, { force: true });
}
const stillMissing = missing.filter((tool) => !existsSync(tool.path));
for (const tool of stillMissing) console.error(`apt-get finished but ${tool.path} is still missing.`);
process.exit(stillMissing.length === 0 ? 0 : 1);
