// Debian's Chromium, headless, with nothing reaching out to the network on its own.
import { chromium } from 'playwright-core';

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
    ],
  };
}

export function launch() {
  return chromium.launch(launchOptions());
}
