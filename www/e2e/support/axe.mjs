// axe-core on a page: the violations, one line each (rule and its first targets), so an
// assertion message says what to fix.
import AxeBuilder from '@axe-core/playwright';

export async function violations(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
