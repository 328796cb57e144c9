import { describe, expect, it } from 'vitest';
import { formatDuration as durationFromDurationModule } from '../../src/core/duration.js';
import {
  formatBytes,
  formatCount,
  formatDuration,
  formatNumber,
  formatPercent,
  formatRatio,
} from '../../src/core/format.js';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [1234, '1234'],
    [12345, '12,345'],
    [1234567.8, '1,234,568'],
    [812.63, '812.6'],
    [18.181818, '18.2'],
    [3.14159, '3.14'],
    [0.83125, '0.831'],
    [0.0123456, '0.0123'],
    [0.1 + 0.2, '0.3'],
    [-0.08, '-0.08'],
    [Number.POSITIVE_INFINITY, '∞'],
    [Number.NaN, 'not a number'],
  ])('%d → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it('signs changes, and shows a change that rounds to nothing as 0', () => {
    expect(formatNumber(0.05, { sign: true })).toBe('+0.05');
    expect(formatNumber(-0.0000001, { sign: true })).toBe('-0.0000001');
    expect(formatNumber(0, { sign: true })).toBe('0');
  });

  it('gives a number next to a limit enough decimals to read differently from it', () => {
    expect(formatNumber(0.54999, { near: [0.55] })).toBe('0.54999');
    expect(formatNumber(799.96, { near: [800] })).toBe('799.96');
    // Equal numbers need no more.
    expect(formatNumber(0.55, { near: [0.55] })).toBe('0.55');
  });

  it('gives at least the decimals asked for, so numbers shown together add up', () => {
    expect(formatNumber(0.6025)).toBe('0.603');
    expect(formatNumber(0.6025, { minDecimals: 4 })).toBe('0.6025');
    expect(formatNumber(0.6, { minDecimals: 4 })).toBe('0.6');
  });
});

describe('formatPercent and formatRatio', () => {
  it.each([
    [18.181818, '18.2%'],
    [100, '100%'],
    [250.4, '250%'],
    [5, '5%'],
    [0.4213, '0.42%'],
    [0, '0%'],
  ])('%d%% → %s', (p, text) => {
    expect(formatPercent(p)).toBe(text);
  });

  it('signs a change and tells it from its threshold', () => {
    expect(formatPercent(-3.14, { sign: true })).toBe('-3.1%');
    expect(formatPercent(12.5, { sign: true })).toBe('+12.5%');
    expect(formatPercent(5.04, { near: [5] })).toBe('5.04%');
  });

  it('shows a share as a percentage', () => {
    expect(formatRatio(2 / 11)).toBe('18.2%');
    expect(formatRatio(0.0504, { near: [0.05] })).toBe('5.04%');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [120.4, '120ms'],
    [999.6, '1.00s'],
    [1240, '1.24s'],
    [9999, '10.0s'],
    [12_345, '12.3s'],
    [59_999, '1.0m'],
    [90_000, '1.5m'],
    [3_599_999, '1.0h'],
    [26 * 3_600_000, '1.1d'],
  ])('%dms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('is the one the duration module gives too', () => {
    expect(durationFromDurationModule).toBe(formatDuration);
  });
});

describe('formatBytes and formatCount', () => {
  it.each([
    [512, '512 B'],
    [1536, '1.5 KiB'],
    [12 * 1024 * 1024, '12 MiB'],
    [150 * 1024 * 1024 * 1024, '150 GiB'],
  ])('%d bytes → %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });

  it('counts with the plural', () => {
    expect(formatCount(1, 'check')).toBe('1 check');
    expect(formatCount(3, 'check')).toBe('3 checks');
    expect(formatCount(12000, 'request')).toBe('12,000 requests');
    expect(formatCount(2, 'entry', 'entries')).toBe('2 entries');
  });
});
