/**
 * The one place that knows how to start Chromium here: npm packages cannot download a browser on
 * these machines, so every browser test uses Debian's chromium (or CHROME_PATH).
 */
export const chromiumExecutablePath: string = process.env['CHROME_PATH'] || '/usr/bin/chromium';

/** Flags for a closed network: no background traffic that the sandbox would refuse. */
export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Playwright launch options; Playwright itself adds --headless and a fresh --user-data-dir. */
export const chromiumLaunchOptions = { executablePath: chromiumExecutablePath, args: chromiumArgs, headless: true };
