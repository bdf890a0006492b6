// The JS API in Node, with no DOM: reference values and errors that name the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, close, RETENTION_DEFAULTS, PAYBACK_DEFAULTS, EVERY_ANSWER } from './support/core.mjs';

test('cashflowSummary reproduces the 12% spreadsheet', () => {
  const s = core.cashflowSummary({
    discountRate: 0.12,
    costs: [30000, 25000, 25000, 25000, 25000, 25000],
    benefits: [0, 60000, 60000, 60000, 60000, 60000],
  });
  assert.ok(Math.abs(s.npv - 96167) < 1, String(s.npv));
  assert.ok(Math.abs(s.roi - 0.8) < 0.005, String(s.roi));
  assert.equal(typeof s.irr, 'number');
  assert.ok(s.paybackMonths > 0);
  assert.deepEqual(Object.keys(s).sort(), ['irr', 'npv', 'paybackMonths', 'pvBenefits', 'pvCosts', 'roi']);
});

test('clv gives the Gupta & Lehmann multiple', () => {
  assert.ok(Math.abs(core.clv({ annualMargin: 1, retentionRate: 0.9, discountRate: 0.12 }) - 4.0909) < 1e-3);
  assert.ok(core.clv({ annualMargin: 100, retentionRate: 0.8, discountRate: 0.1, marginGrowth: 0.05 }) > 266.67);
});

test('null for results that do not exist', () => {
  const s = core.cashflowSummary({ discountRate: 0.1, costs: [100, 0], benefits: [0, 10] });
  assert.equal(s.paybackMonths, null);
  const p = core.cxPayback({ upfrontInvestment: 1000, annualCost: 0, returnPerDollar: 0, years: 2, discountRate: 0.1 });
  assert.equal(p.breakEvenMonth, null);
  assert.equal(p.summary.paybackMonths, null);
});

test('cxPayback and retentionProfit return every documented field', () => {
  const p = core.cxPayback({ upfrontInvestment: 100000, annualCost: 50000, years: 3, discountRate: 0.1 });
  assert.ok(Math.abs(p.totalBenefit - 3 * p.totalCost) < 1e-6, 'default k = 3, no ramp-up');
  assert.equal(p.monthlyCumulativeNet.length, 37);
  for (const k of ['annualBenefit', 'costs', 'benefits', 'summary', 'breakEvenMonth', 'breakEvenReturnPerDollar', 'totalCost', 'totalBenefit']) {
    assert.ok(k in p, k);
  }
  const r = core.retentionProfit({
    customers: 1000, revenuePerCustomer: 100, grossMargin: 0.5, retentionRate: 0.8, retentionUplift: 0.05,
    discountRate: 0.1, years: 3,
  });
  assert.equal(r.years.length, 3);
  assert.deepEqual(Object.keys(r.years[0]).sort(), ['customersAfter', 'customersBefore', 'profitAfter', 'profitBefore', 'year']);
});

test('invalid input throws an Error naming the field', () => {
  const cases = [
    [() => core.clv({ annualMargin: 100, retentionRate: 1.2, discountRate: 0.1 }), /^retentionRate: /],
    [() => core.clv({ annualMargin: 'x', retentionRate: 0.5, discountRate: 0.1 }), /^annualMargin: /],
    [() => core.clv({ annualMargin: 1, retentionRate: 0.95, discountRate: 0.05, marginGrowth: 0.2 }), /^marginGrowth: /],
    [() => core.clv({ retentionRate: 0.5, discountRate: 0.1 }), /^annualMargin: required/],
    [() => core.cashflowSummary({ discountRate: 0.1, costs: [1, 2], benefits: [1] }), /^benefits: /],
    [() => core.cashflowSummary({ discountRate: 0.1, costs: 'x', benefits: [1] }), /^costs: /],
    [() => core.retentionProfit({ customers: -1 }), /^revenuePerCustomer: required/],
    [() => core.retentionProfit({
      customers: -1, revenuePerCustomer: 1, grossMargin: 0.5, retentionRate: 0.5, retentionUplift: 0, discountRate: 0, years: 1,
    }), /^customers: Cannot be negative/],
    [() => core.cxPayback({ upfrontInvestment: 1, annualCost: 1, years: 0, discountRate: 0.1 }), /^years: /],
    [() => core.cxPayback({ upfrontInvestment: Infinity, annualCost: 1, years: 1, discountRate: 0.1 }), /^upfrontInvestment: /],
    [() => core.clv(42), /^input: /],
  ];
  for (const [call, message] of cases) {
    assert.throws(call, (e) => e instanceof Error && message.test(e.message), String(message));
  }
});

test('a wrong-typed field is named first in the error', () => {
  const cases = [
    [() => core.clv({ annualMargin: 100, retentionRate: '0.9', discountRate: 0.1 }), /^retentionRate: That is not a number/],
    [() => core.clv({ annualMargin: 100, retentionRate: 0.9, discountRate: true }), /^discountRate: That is not a number/],
    [() => core.clv({ annualMargin: null, retentionRate: 0.9, discountRate: 0.1 }), /^annualMargin: required/],
    [() => core.cxPayback({ upfrontInvestment: 1, annualCost: [1], years: 1, discountRate: 0.1 }), /^annualCost: That is not a number/],
    [() => core.cashflowSummary({ discountRate: 0.1, costs: [1, null], benefits: [1, 2] }), /^costs: That is not a number/],
    [() => core.cashflowSummary({ discountRate: 0.1, costs: Array(52).fill(1), benefits: Array(52).fill(1) }), /^costs: /],
    [() => core.retentionProfit({ ...RETENTION_DEFAULTS, upliftIsRelative: 'yes' }), /^upliftIsRelative: pass true or false/],
    [() => core.businessCase({ costs: { annual: '400000' } }), /^costs\.annual: That is not a number/],
    [() => core.nps([1, 2]), /^input: /],
  ];
  for (const [call, message] of cases) {
    assert.throws(call, (e) => e instanceof Error && message.test(e.message), String(message));
  }
});

test('no result is ever Infinity: a ratio over a vanishing cost is null', () => {
  const tiny = core.businessCase({ costs: { oneOff: 1e-309, annual: 0 } });
  for (const s of [tiny.riskAdjusted, tiny.unadjusted, ...tiny.scenarios.map((x) => x.summary)]) {
    assert.ok(s.roi === null || Number.isFinite(s.roi), String(s.roi));
  }
  assert.equal(tiny.riskAdjusted.roi, null);
  const s = core.cashflowSummary({ discountRate: 0, costs: [1.86e-309], benefits: [1.67e11] });
  assert.equal(s.roi, null);
  assert.ok(Number.isFinite(s.npv));
  assert.throws(() => core.averageTransactionSize({ revenue: 1e12, sales: 1e-310 }), /^Error: revenue: /);
});

test('businessCase: defaults, presets, paths, scenarios and field-naming errors', () => {
  const base = core.businessCase({});
  assert.equal(base.years.length, 4);
  assert.deepEqual(Object.keys(base.years[1].benefitsByLever).sort(),
    ['conversion', 'costToServe', 'crossSell', 'employee', 'pricePremium', 'referrals', 'retention', 'spend']);
  assert.deepEqual(base.scenarios.map((s) => s.scenario), ['conservative', 'likely', 'optimistic']);
  const [c, l, o] = base.scenarios.map((s) => s.summary.npv);
  assert.ok(c <= l && l <= o);
  assert.ok(base.riskAdjusted.npv < base.unadjusted.npv);
  const off = core.businessCase({ levers: Object.fromEntries(
    ['retention', 'spend', 'crossSell', 'referrals', 'costToServe', 'pricePremium', 'conversion', 'employee'].map((k) => [k, { enabled: false }])) });
  assert.equal(off.riskAdjusted.pvBenefits, 0);
  assert.notEqual(core.businessCase({ preset: 'telecom' }).riskAdjusted.npv, base.riskAdjusted.npv);
  assert.throws(() => core.businessCase({ years: 11 }), /^Error: years: /);
  assert.throws(() => core.businessCase({ levers: { spend: { spendUplift: { low: 0.5 } } } }), /levers\.spend\.spendUplift\.low: /);
  assert.throws(() => core.businessCase({ preset: 'mining' }), /^Error: preset: /);
  assert.throws(() => core.businessCase({ levers: { spend: { enabled: 'yes' } } }), /levers\.spend\.enabled: /);
});

test('metric helpers', () => {
  assert.equal(core.churnRate({ lost: 50, start: 1000 }), 0.05);
  assert.equal(core.retentionRate({ start: 1000, end: 1050, new: 100 }), 0.95);
  assert.equal(core.averageTransactionSize({ revenue: 10000, sales: 250 }), 40);
  assert.equal(core.averageContractValue({ contractValue: 120000, newCustomers: 8 }), 15000);
  assert.equal(core.supportCostPerCustomer({ supportCost: 50000, customers: 2000 }), 25);
  assert.equal(core.nps({ counts: [2, 2, 2, 2, 4, 4, 4, 15, 15, 25, 25] }), 30);
  assert.equal(core.csat({ counts: [5, 5, 10, 40, 40] }), 80);
  assert.equal(core.ces({ counts: [10, 0, 0, 0, 0, 0, 10] }), 4);
  assert.throws(() => core.churnRate({ lost: 1, start: 0 }), /^Error: start: /);
  assert.throws(() => core.nps({ counts: [1, 2] }), /^Error: counts: /);
});

test('tornado, simulate, goalSeek, claims and checks on a preset case', () => {
  const base = { preset: 'retail' };
  const t = core.tornado(base);
  assert.equal(t.baseNpv, core.businessCase(base).riskAdjusted.npv);
  assert.ok(t.bars.length >= 7);
  const swing = (b) => Math.abs(b.npvHigh - b.npvLow);
  assert.ok(t.bars.every((b, i) => i === 0 || swing(t.bars[i - 1]) >= swing(b)), 'widest first');
  assert.deepEqual(Object.keys(t.bars[0]).sort(), ['driver', 'highValue', 'lowValue', 'npvHigh', 'npvLow']);

  const a = core.simulate({ ...base, seed: 7, trials: 3000, costSpread: 0.1 });
  assert.deepEqual(a, core.simulate({ ...base, seed: 7, trials: 3000, costSpread: 0.1 }), 'a seed reproduces its run');
  assert.notEqual(a.npv.mean, core.simulate({ ...base, seed: 8, trials: 3000, costSpread: 0.1 }).npv.mean);
  assert.equal(a.trials, 3000);
  assert.ok(a.npv.p10 <= a.npv.p50 && a.npv.p50 <= a.npv.p90);
  assert.equal(a.npv.histogram.counts.reduce((x, y) => x + y, 0), 3000);
  assert.ok(a.chanceNpvPositive >= 0 && a.chanceNpvPositive <= 1);
  assert.throws(() => core.simulate({ ...base, trials: 2e6 }), /^Error: trials: /);

  const seek = core.goalSeek({ ...base, input: 'costs.annual', target: { npv: 0 } });
  assert.equal(seek.kind, 'found');
  const atBreakEven = core.businessCase({ ...base, costs: { annual: seek.value } }).riskAdjusted.npv;
  assert.ok(Math.abs(atBreakEven) < 1e-3 * core.businessCase(base).riskAdjusted.pvCosts, String(atBreakEven));
  assert.deepEqual(core.goalSeek({ ...base, input: 'discountRate', target: { npv: 1e15 } }), { kind: 'notReachable', from: 0, to: 1 });
  assert.throws(() => core.goalSeek({ ...base, input: 'nope', target: { npv: 0 } }), /^Error: input: /);
  // The shape, on every calculator: { calculator, input, field, target }.
  const payback = { upfrontInvestment: 100000, annualCost: 50000, returnPerDollar: 3, years: 3, discountRate: 0.1, rampUpMonths: 6 };
  const perUnit = core.goalSeek({ calculator: 'payback', input: payback, field: 'returnPerDollar', target: { npv: 0 } });
  assert.ok(Math.abs(perUnit.value - core.cxPayback(payback).breakEvenReturnPerDollar) < 1e-6);
  const ratio = core.goalSeek({ calculator: 'payback', input: payback, field: 'returnPerDollar', target: { benefitCostRatio: 3 } });
  const atRatio = core.cxPayback({ ...payback, returnPerDollar: ratio.value }).summary;
  assert.ok(Math.abs(atRatio.pvBenefits / atRatio.pvCosts - 3) < 1e-6);
  const retention = { customers: 10000, revenuePerCustomer: 500, grossMargin: 0.4, retentionRate: 0.8, retentionUplift: 0.05, discountRate: 0.1, years: 5 };
  const goal = 2 * core.retentionProfit(retention).discountedProfitUplift;
  const u = core.goalSeek({ calculator: 'retention', input: retention, field: 'retentionUplift', target: { npv: goal } });
  assert.ok(Math.abs(core.retentionProfit({ ...retention, retentionUplift: u.value }).discountedProfitUplift - goal) < 0.5);
  assert.throws(() => core.goalSeek({ calculator: 'retention', input: retention, field: 'retentionUplift', target: { roi: 1 } }), /^Error: target: /);
  assert.throws(() => core.goalSeek({ calculator: 'payback', input: payback, field: 'years', target: { npv: 0 } }), /^Error: field: /);
  assert.throws(() => core.goalSeek({ calculator: 'payback', input: { ...payback, annualCost: -1 }, field: 'annualCost', target: { npv: 0 } }), /^Error: annualCost: /);
  const viaCase = core.goalSeek({ calculator: 'case', input: base, field: 'costs.annual', target: { npv: 0 } });
  assert.equal(viaCase.value, seek.value);
  // The deepest paths are read inside `input` too (they were once one level too deep to be read).
  assert.throws(() => core.goalSeek({ calculator: 'case', input: { levers: { spend: { spendUplift: { low: 0.5 } } } }, field: 'costs.annual', target: { npv: 0 } }),
    /^Error: levers\.spend\.spendUplift\.low: Keep low/);
  const likelier = { ...base, levers: { retention: { retentionUplift: { likely: 0.03 } } } };
  assert.equal(core.goalSeek({ calculator: 'case', input: likelier, field: 'costs.annual', target: { npv: 0 } }).value,
    core.goalSeek({ ...likelier, input: 'costs.annual', target: { npv: 0 } }).value);
  assert.throws(() => core.goalSeek({ calculator: 'other', input: base, field: 'costs.annual', target: { npv: 0 } }), /^Error: calculator: /);

  const c = core.claims(base);
  assert.ok(c.upliftFor25 > 0 && c.upliftFor95 > c.upliftFor25);
  const s = core.businessCase(base).riskAdjusted;
  assert.ok(Math.abs(c.returnPerUnit - s.pvBenefits / s.pvCosts) < 1e-12);

  const k = core.checks({ ...base, saturation: 2 });
  assert.ok(Array.isArray(k.guards) && k.guards.includes('purchasesTwice'), JSON.stringify(k.guards));
  assert.ok(k.investment.bestSpend > 0 && k.investment.curve.length === 41);
  assert.throws(() => core.checks({ ...base, saturation: 1 }), /^Error: saturation: /);
});

test('assessment scores the answers and suggests risk and ramp-up for the business case', () => {
  const KEYS = ['focus.employeePride', 'focus.customerFirst', 'communities.employees', 'communities.customers', 'moments.identified',
    'moments.designed', 'behaviour.research', 'behaviour.analytics', 'data.consent', 'data.respect', 'winning.benchmark', 'winning.chosen',
    'chain.leadership', 'chain.ambassadors', 'chain.valueDrivers', 'ladder.excellence', 'ladder.productInnovation',
    'ladder.experienceInnovation', 'practice.journeyMapping', 'practice.feedback', 'practice.personalisation', 'practice.omnichannel',
    'practice.dataJoined', 'measurement.results'];
  const answers = (level) => {
    const out = {};
    for (const k of KEYS) {
      const [group, name] = k.split('.');
      (out[group] ??= {})[name] = typeof level === 'function' ? level(k) : level;
    }
    return out;
  };
  const best = core.assessment({ answers: answers(3) });
  assert.equal(best.stage, 3);
  assert.deepEqual(best.areas, { focus: 100, communities: 100, moments: 100, behaviour: 100, data: 100, winning: 100 });
  assert.equal(best.suggested.rampUpMonths, 3);
  assert.ok(Object.values(best.suggested.risk).every((r) => Math.abs(r - 0.05) < 1e-12));
  const worst = core.assessment({ answers: answers(0) });
  assert.equal(worst.stage, 0);
  assert.ok(Object.values(worst.suggested.risk).every((r) => Math.abs(r - 0.4) < 1e-12));
  assert.deepEqual(Object.keys(worst.suggested.risk).sort(), ['conversion', 'costToServe', 'crossSell', 'employee', 'pricePremium', 'referrals', 'retention', 'spend']);
  const unsure = core.assessment({ answers: answers((k) => (k.startsWith('data.') ? 'dontKnow' : 2)) });
  assert.deepEqual(unsure.dontKnow, ['data.consent', 'data.respect']);
  assert.equal(unsure.weakest, 'data');
  assert.throws(() => core.assessment({ answers: answers(4) }), /^Error: answers\.focus\.employeePride: /);
});

// Every field the business case reads, at the defaults README lists (rates as fractions).
const risks = (low, likely, high) => ({ low, likely, high });
const EVERY_CASE_FIELD = {
  customers: 20000, revenuePerCustomer: 1200, revenuePerMonth: false, grossMargin: 0.6, retentionRate: 0.85,
  baseline: { csat: 75, ces: 5 }, years: 3, rampUpMonths: 6, discountRate: 0.1,
  costs: { oneOff: 250000, annual: 150000, risk: 0.1 },
  levers: {
    retention: { enabled: true, risk: 0.1, retentionUplift: risks(0.01, 0.02, 0.04) },
    spend: { enabled: true, risk: 0.15, averageTransactionSize: 100, transactionsPerCustomer: 12, spendUplift: risks(0.01, 0.02, 0.04), frequencyUplift: risks(0, 0.01, 0.03) },
    crossSell: { enabled: true, risk: 0.15, addonMargin: 150, takeRateUplift: risks(0.01, 0.02, 0.04) },
    referrals: { enabled: true, risk: 0.2, currentNps: 0.2, referralsPerPromoter: 0.1, referredCustomerValue: 3000, npsUplift: risks(0.02, 0.05, 0.1) },
    costToServe: { enabled: true, risk: 0.1, contactsPerCustomer: 2, costPerContact: 8, contactReduction: risks(0.05, 0.1, 0.2) },
    pricePremium: { enabled: false, risk: 0.2, premium: risks(0, 0.01, 0.03) },
    conversion: { enabled: true, risk: 0.15, visitors: 200000, marginPerConversion: 60, conversionUplift: risks(0.001, 0.002, 0.005) },
    employee: { enabled: false, risk: 0.2, employees: 80, staffTurnover: 0.25, replacementCost: 20000, turnoverReduction: risks(0.05, 0.1, 0.2) },
  },
};
const CASHFLOW = { discountRate: 0.1, costs: [100, 10], benefits: [0, 200] };
const CLV = { annualMargin: 100, retentionRate: 0.9, discountRate: 0.12, marginGrowth: 0.01 };
const COUNTS = { nps: Array(11).fill(1), csat: Array(5).fill(1), ces: Array(7).fill(1) };

// For each function: inputs with every field it reads (each must work), then a misspelt field
// (and a nested one where it reads nested objects) with the exact error it must throw.
const UNKNOWN_FIELDS = {
  cashflowSummary: [[CASHFLOW], [
    [{ ...CASHFLOW, discountRates: 0.1 }, 'discountRates: unknown field — did you mean discountRate?'],
  ]],
  clv: [[CLV], [
    [{ ...CLV, marginGrowht: 0 }, 'marginGrowht: unknown field — did you mean marginGrowth?'],
  ]],
  retentionProfit: [[RETENTION_DEFAULTS], [
    [{ ...RETENTION_DEFAULTS, customerz: 5 }, 'customerz: unknown field — did you mean customers?'],
  ]],
  cxPayback: [[PAYBACK_DEFAULTS], [
    [{ ...PAYBACK_DEFAULTS, rampupMonths: 6 }, 'rampupMonths: unknown field — did you mean rampUpMonths?'],
  ]],
  businessCase: [[EVERY_CASE_FIELD, { preset: 'retail' }], [
    [{ customerz: 5 }, 'customerz: unknown field — did you mean customers?'],
    [{ levers: { spend: { riks: 0.1 } } }, 'levers.spend.riks: unknown field — did you mean risk?'],
    [{ levers: { spend: { spendUplift: { likly: 0.1 } } } }, 'levers.spend.spendUplift.likly: unknown field — did you mean likely?'],
    [{ costs: { yearly: 1 } }, 'costs.yearly: unknown field — the known ones are oneOff, annual, risk.'],
  ]],
  tornado: [[EVERY_CASE_FIELD, { preset: 'retail' }], [
    [{ preset: 'retail', levers: { spendd: {} } }, 'levers.spendd: unknown field — did you mean spend?'],
  ]],
  simulate: [[{ ...EVERY_CASE_FIELD, preset: 'retail', seed: 7, trials: 200, costSpread: 0.1 }], [
    [{ trails: 200 }, 'trails: unknown field — did you mean trials?'],
    [{ baseline: { nps: 30 } }, 'baseline.nps: unknown field — the known ones are csat, ces.'],
  ]],
  goalSeek: [[
    { ...EVERY_CASE_FIELD, preset: 'retail', calculator: undefined, input: 'costs.annual', target: { npv: 0 } },
    { calculator: 'case', input: EVERY_CASE_FIELD, field: 'costs.annual', target: { roi: 0.5 } },
    { calculator: 'payback', input: PAYBACK_DEFAULTS, field: 'annualCost', target: { benefitCost: 2 } },
    { calculator: 'retention', input: RETENTION_DEFAULTS, field: 'customers', target: { npv: 0 } },
    { calculator: 'payback', input: PAYBACK_DEFAULTS, field: 'annualCost', target: { benefitCostRatio: 2 } },
  ], [
    [{ input: 'costs.annual', target: { nvp: 0 } }, 'target.nvp: unknown field — did you mean npv?'],
    [{ calculator: 'payback', input: PAYBACK_DEFAULTS, feild: 'annualCost', target: { npv: 0 } }, 'feild: unknown field — did you mean field?'],
    [{ calculator: 'payback', input: { ...PAYBACK_DEFAULTS, returnPerDolar: 3 }, field: 'annualCost', target: { npv: 0 } },
      'returnPerDolar: unknown field — did you mean returnPerDollar?'],
    [{ calculator: 'retention', input: { ...RETENTION_DEFAULTS, yeras: 5 }, field: 'customers', target: { npv: 0 } },
      'yeras: unknown field — did you mean years?'],
    [{ calculator: 'case', input: { costs: { anual: 1 } }, field: 'costs.annual', target: { npv: 0 } }, 'costs.anual: unknown field — did you mean annual?'],
  ]],
  claims: [[EVERY_CASE_FIELD, { preset: 'retail' }], [
    [{ costs: { anual: 1 } }, 'costs.anual: unknown field — did you mean annual?'],
  ]],
  realisation: [[{ case: EVERY_CASE_FIELD, start: '2027-01', period: 'month', actuals: [{ period: '2027-02', benefits: { retention: 1000 }, drivers: { referrals: 0.04 }, costs: 20000 }] }], [
    [{ case: {}, start: '2027-01', actuals: [{ period: '2027-02', cost: 1 }] }, 'actuals.0.cost: unknown field — did you mean costs?'],
    [{ case: { customerz: 5 }, start: '2027-01' }, 'case.customerz: unknown field — did you mean customers?'],
    [{ case: {}, strat: '2027-01' }, 'strat: unknown field — did you mean start?'],
  ]],
  slides: [[{ ...EVERY_CASE_FIELD, preset: 'retail', seed: 7, trials: 200, costSpread: 0.1, language: 'nl', currency: 'EUR', preparedFor: 'Acme', preparedBy: 'Sam', answers: EVERY_ANSWER }], [
    [{ preparedFro: 'Acme' }, 'preparedFro: unknown field — did you mean preparedFor?'],
    [{ langauge: 'nl' }, 'langauge: unknown field — did you mean language?'],
    [{ answers: { ...EVERY_ANSWER, focus: { employeePride: 2, customerFrist: 2 } } }, 'answers.focus.customerFrist: unknown field — did you mean customerFirst?'],
  ]],
  checks: [[{ ...EVERY_CASE_FIELD, preset: 'retail', saturation: 2 }], [
    [{ preset: 'retail', saturaton: 2 }, 'saturaton: unknown field — did you mean saturation?'],
  ]],
  assessment: [[{ answers: EVERY_ANSWER }], [
    [{ answer: EVERY_ANSWER }, 'answer: unknown field — did you mean answers?'],
    [{ answers: { ...EVERY_ANSWER, trust: { high: 3 } } },
      'answers.trust: unknown field — the known ones are focus, communities, moments, behaviour, data, winning, chain, ladder, practice, measurement.'],
    [{ answers: { ...EVERY_ANSWER, focus: { employeePride: 2, customerFrist: 2 } } }, 'answers.focus.customerFrist: unknown field — did you mean customerFirst?'],
  ]],
  churnRate: [[{ lost: 50, start: 1000 }], [
    [{ lots: 50, start: 1000 }, 'lots: unknown field — did you mean lost?'],
  ]],
  retentionRate: [[{ start: 1000, end: 1050, new: 100 }], [
    [{ start: 1000, end: 1050, nwe: 100 }, 'nwe: unknown field — did you mean new?'],
  ]],
  averageTransactionSize: [[{ revenue: 10000, sales: 250 }], [
    [{ revenue: 10000, sale: 250 }, 'sale: unknown field — did you mean sales?'],
  ]],
  averageContractValue: [[{ contractValue: 120000, newCustomers: 8 }], [
    [{ contractValue: 120000, newCustomer: 8 }, 'newCustomer: unknown field — did you mean newCustomers?'],
  ]],
  supportCostPerCustomer: [[{ supportCost: 50000, customers: 2000 }], [
    [{ supportCost: 50000, customerz: 2000 }, 'customerz: unknown field — did you mean customers?'],
  ]],
  nps: [[{ counts: COUNTS.nps }], [[{ count: COUNTS.nps }, 'count: unknown field — did you mean counts?']]],
  csat: [[{ counts: COUNTS.csat }], [[{ count: COUNTS.csat }, 'count: unknown field — did you mean counts?']]],
  ces: [[{ counts: COUNTS.ces }], [[{ count: COUNTS.ces }, 'count: unknown field — did you mean counts?']]],
};

test('every API function has an unknown-field test below', () => {
  const functions = Object.keys(core).filter((k) => typeof core[k] === 'function' && k !== 'default' && k !== 'initSync');
  assert.deepEqual(functions.sort(), Object.keys(UNKNOWN_FIELDS).sort());
});

for (const [name, [valid, misspelt]] of Object.entries(UNKNOWN_FIELDS)) {
  test(`${name} takes every field it reads and refuses one it does not, naming the nearest`, () => {
    for (const input of valid) {
      assert.doesNotThrow(() => core[name](input), JSON.stringify(input));
    }
    for (const [input, message] of misspelt) {
      assert.throws(() => core[name](input), { name: 'Error', message });
    }
  });
}

test('every documented business case field is read: all of them at their defaults give the default case', () => {
  const all = core.businessCase(EVERY_CASE_FIELD).riskAdjusted;
  const base = core.businessCase({}).riskAdjusted;
  for (const k of ['pvCosts', 'pvBenefits', 'npv', 'roi']) {
    assert.ok(close(all[k], base[k], 1e-12), `${k}: ${all[k]} vs ${base[k]}`);
  }
  // A field set away from its default is read (one per nesting level).
  assert.notEqual(core.businessCase({ ...EVERY_CASE_FIELD, customers: 30000 }).riskAdjusted.npv, base.npv);
  const likelier = structuredClone(EVERY_CASE_FIELD);
  likelier.levers.spend.spendUplift.likely = 0.03;
  assert.notEqual(core.businessCase(likelier).riskAdjusted.npv, base.npv);
});

test('realisation: actuals equal to the plan are 100% of it; periods not measured are left out', () => {
  const plan = core.realisation({ case: {}, start: '2027-01' });
  assert.equal(plan.periods.length, 12);
  assert.deepEqual(plan.periodStarts.slice(0, 3), ['2027-01', '2027-04', '2027-07']);
  assert.equal(plan.share, null, 'nothing measured yet');
  const r = core.businessCase({});
  const yearOne = plan.periods.slice(0, 4).reduce((s, p) => s + p.planBenefits.retention, 0);
  assert.ok(close(yearOne, r.years[1].benefitsByLever.retention), 'the plan by quarter sums to the year');
  const q2 = plan.periods[1];
  const measured = core.realisation({ case: {}, start: '2027-01', actuals: [{ period: '2027-04', benefits: { retention: q2.planBenefits.retention / 2 }, costs: q2.planCosts }] });
  const retention = measured.levers.find((l) => l.lever === 'retention');
  assert.ok(close(retention.share, 0.5));
  assert.equal(retention.lagging, true);
  assert.equal(measured.levers.find((l) => l.lever === 'spend').share, null);
  assert.equal(measured.periodsToDate, 2);
});
