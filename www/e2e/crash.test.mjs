// A panic that still happens shows a visible notice with a reload that keeps the scenario.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

test('a panic shows "something went wrong — reload" and the reload recovers the scenario', async () => {
  const app = await env.page();
  await app.goto();
  await app.fill('customers', '31415');
  await app.page.waitForFunction(() => location.hash.includes('31415'));
  await app.page.evaluate(() => import('./rox_calculator.js').then((m) => m.__testPanic()).catch(() => {}));
  const crash = app.page.getByTestId('crash');
  await crash.waitFor();
  assert.match(await crash.innerText(), /Something went wrong — reload/);
  await crash.getByRole('link').click();
  await app.page.getByTestId('result-clvAfter').waitFor();
  assert.equal(await app.input('customers').inputValue(), '31415');
  await app.close();
});
