import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('applies defaults when the environment is empty', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', DATA_DIR: '.data', LOG_LEVEL: 'info' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).DATABASE_URL).toBeUndefined();
  });

  it('lists every problem at once, naming each variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x/y', DB_POOL_MAX: '0' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'DB_POOL_MAX']) {
      expect(problems.some((p) => p.startsWith(`${name}:`))).toBe(true);
      expect((error as ConfigError).message).toContain(name);
    }
  });

  it('coerces numbers and accepts a postgres URL', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgresql://u:p@db:5432/app' });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBe('postgresql://u:p@db:5432/app');
  });

  describe('REFRESH_TOKEN_MAX_DAYS', () => {
    const problemsOf = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (err) {
        return (err as ConfigError).problems;
      }
    };

    it('defaults to 90 days, and may equal REFRESH_TOKEN_TTL_DAYS', () => {
      expect(loadConfig({}).REFRESH_TOKEN_MAX_DAYS).toBe(90);
      expect(loadConfig({ REFRESH_TOKEN_TTL_DAYS: '7', REFRESH_TOKEN_MAX_DAYS: '7' })).toMatchObject({
        REFRESH_TOKEN_TTL_DAYS: 7,
        REFRESH_TOKEN_MAX_DAYS: 7,
      });
    });

    it('must be a positive whole number of days, at most 3650', () => {
      for (const value of ['0', '-1', '1.5', 'ninety', '3651']) {
        expect(problemsOf({ REFRESH_TOKEN_MAX_DAYS: value }), value).toEqual([
          expect.stringMatching(/^REFRESH_TOKEN_MAX_DAYS: /),
        ]);
      }
    });

    it('must not be shorter than REFRESH_TOKEN_TTL_DAYS, with the default too', () => {
      const tooShort = [
        expect.stringMatching(/^REFRESH_TOKEN_MAX_DAYS: must be at least REFRESH_TOKEN_TTL_DAYS/),
      ];
      expect(problemsOf({ REFRESH_TOKEN_TTL_DAYS: '30', REFRESH_TOKEN_MAX_DAYS: '29' })).toEqual(tooShort);
      expect(problemsOf({ REFRESH_TOKEN_TTL_DAYS: '120' })).toEqual(tooShort);
      // Listed with the other problems, but not on top of a value that is invalid anyway.
      expect(problemsOf({ REFRESH_TOKEN_MAX_DAYS: '7', PORT: 'eighty' })).toEqual([
        expect.stringMatching(/^PORT: /),
        ...tooShort,
      ]);
      expect(problemsOf({ REFRESH_TOKEN_TTL_DAYS: '400' })).toEqual([
        expect.stringMatching(/^REFRESH_TOKEN_TTL_DAYS: Too big/),
      ]);
    });
  });

  describe('TRUST_PROXY', () => {
    it('is off unless set', () => {
      expect(loadConfig({}).TRUST_PROXY).toBe(false);
      expect(loadConfig({ TRUST_PROXY: '' }).TRUST_PROXY).toBe(false);
    });

    it.each([
      ['true', true],
      ['false', false],
      ['1', 1],
      ['2', 2],
      ['10.0.0.1', ['10.0.0.1']],
      [' 10.0.0.1 , 192.168.0.0/16,::1, fd00::/8 ', ['10.0.0.1', '192.168.0.0/16', '::1', 'fd00::/8']],
    ])('accepts %j', (value, expected) => {
      expect(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
    });

    it.each([
      'yes',
      'TRUE',
      '0',
      '-1',
      '1.5',
      '10.0.0',
      '10.0.0.1/33',
      '::1/129',
      '10.0.0.1,',
      'localhost',
      '10.0.0.1/8/8',
    ])('refuses %j, naming the variable', (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: /);
    });
  });

  describe('METRICS_TOKEN', () => {
    it('is unset by default, and kept as given when long enough', () => {
      expect(loadConfig({}).METRICS_TOKEN).toBeUndefined();
      const token = 'a'.repeat(64);
      expect(loadConfig({ METRICS_TOKEN: token }).METRICS_TOKEN).toBe(token);
    });

    it.each(['short', 'a'.repeat(15), `${'a'.repeat(20)} b`, `${'a'.repeat(20)}é`, 'a'.repeat(257)])(
      'refuses %j: too short to be unguessable, or not a bearer token',
      (value) => {
        expect(() => loadConfig({ METRICS_TOKEN: value })).toThrow(/METRICS_TOKEN: /);
      },
    );
  });
});
