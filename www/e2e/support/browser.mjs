// Debian's Chromium, headless, with nothing reaching out to the network on its own.
import { chromium } from 'playwright-core';

/** A host name that reaches the test server from another origin than `127.0.0.1`. */
export const OTHER_HOST = 'calculator.test';

export function launchOptions() {
  return {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      // A second origin on this machine for cross-origin embedding (the test server is 127.0.0.1);
      // its name is not a loopback name, so the local-network checks would block it.
      `--host-resolver-rules=MAP ${OTHER_HOST} 127.0.0.1`,
      '--disable-features=LocalNetworkAccessChecks',
    ],
  };
}

export function launch() {
  return chromium.launch(launchOptions());
}
