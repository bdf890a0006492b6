// The built JS API module loaded in Node: the expected values the page must show come from here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './server.mjs';
import * as api from '../../../dist/rox_api.js';

api.initSync({ module: readFileSync(join(DIST, 'rox_api_bg.wasm')) });

export const core = api;

/** The retention form's defaults, as the JS API takes them (percentages as fractions). */
export const RETENTION_DEFAULTS = {
  customers: 20000, revenuePerCustomer: 1200, grossMargin: 0.6, retentionRate: 0.85,
  retentionUplift: 0.05, upliftIsRelative: false, discountRate: 0.1, years: 5,
  newCustomersPerYear: 0, acquisitionCost: 0, marginGrowth: 0,
};

export const PAYBACK_DEFAULTS = {
  upfrontInvestment: 100000, annualCost: 50000, returnPerDollar: 3, years: 3,
  discountRate: 0.1, rampUpMonths: 6,
};

/** Relative closeness for numbers shown by the page vs computed here. */
export function close(actual, expected, rel = 1e-9) {
  return Math.abs(actual - expected) <= rel * Math.max(1, Math.abs(expected));
}

/** The self-assessment's statements, by group, as the JS API takes them. */
const ASSESSMENT = {
  focus: ['employeePride', 'customerFirst'], communities: ['employees', 'customers'], moments: ['identified', 'designed'],
  behaviour: ['research', 'analytics'], data: ['consent', 'respect'], winning: ['benchmark', 'chosen'],
  chain: ['leadership', 'ambassadors', 'valueDrivers'], ladder: ['excellence', 'productInnovation', 'experienceInnovation'],
  practice: ['journeyMapping', 'feedback', 'personalisation', 'omnichannel', 'dataJoined'], measurement: ['results'],
};

/** Every statement answered 2. */
export const EVERY_ANSWER = Object.fromEntries(Object.entries(ASSESSMENT).map(([g, names]) => [g, Object.fromEntries(names.map((n) => [n, 2]))]));
