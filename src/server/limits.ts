/**
 * The proxy's rate limits, on rate-limiter-flexible: counts per client address and per email
 * address for link requests (email bombing, enumeration at scale), per client address for
 * existing-password attempts (password guessing) and for strength checks (a breach-lookup oracle
 * on your Stytch quota). In this process by default; on Redis when several instances must share
 * one count.
 */
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
// By path, not from the index: the index also loads the cluster and Express helpers, which need
// node:cluster and node:crypto, absent on edge runtimes (Workers, Next.js middleware) the
// Fetch-standard proxy runs on. These two modules need no Node built-in.
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
import RateLimiterRedis from 'rate-limiter-flexible/lib/RateLimiterRedis.js';
import type { ResetOperation } from '../core/types.js';
import { refuse } from './answers.js';

/** `points` requests per `durationSeconds`, counted from the first one. */
export interface RateLimitRule {
  points: number;
  durationSeconds: number;
}

/** A rule for the proxy to build a limiter from, or a rate-limiter-flexible limiter of your own. */
export type RateLimit = RateLimitRule | RateLimiterAbstract;

export interface ResetRateLimitOptions {
  /**
   * A connected Redis client: ioredis (default) or node-redis 4+ (then set `redisPackage:
   * 'redis'`). Every instance given the same Redis shares one count. When Redis is unreachable,
   * each instance falls back to counting in its own memory until Redis is back.
   */
  redis?: unknown;
  /** Which client `redis` is. Default `'ioredis'`. */
  redisPackage?: 'ioredis' | 'redis';
  /** Prefix of every key the limiters write. Default `'resetkit'`. */
  keyPrefix?: string;
  /** Link requests (both start endpoints) per client address. Default 20 per 15 minutes. */
  startsPerAddress?: RateLimit;
  /** Link requests per email address, whoever asks. Default 5 per 15 minutes. */
  startsPerEmail?: RateLimit;
  /** `existing_password/reset` calls per client address. Default 10 per 15 minutes. */
  passwordAttemptsPerAddress?: RateLimit;
  /**
   * `strength_check` calls per client address. Default 100 per 15 minutes: the meter asks once
   * per pause in typing, and a refused check only leaves the member with the local estimate.
   */
  strengthChecksPerAddress?: RateLimit;
}

const FIFTEEN_MINUTES = 15 * 60;
const DEFAULT_RULES = {
  startsPerAddress: { points: 20, durationSeconds: FIFTEEN_MINUTES },
  startsPerEmail: { points: 5, durationSeconds: FIFTEEN_MINUTES },
  passwordAttemptsPerAddress: { points: 10, durationSeconds: FIFTEEN_MINUTES },
  strengthChecksPerAddress: { points: 100, durationSeconds: FIFTEEN_MINUTES },
} as const satisfies Record<string, RateLimitRule>;

type LimitName = keyof typeof DEFAULT_RULES;

const START_OPERATIONS: ReadonlySet<ResetOperation> = new Set(['resetByEmailStart', 'discoveryResetByEmailStart']);

/** What a request is counted by: the limiter and the key under it. */
interface Count {
  name: LimitName;
  key: string;
}

export interface ResetRateLimits {
  /** Counts the request; throws a 429 refusal (with Retry-After) when a limit is used up. */
  consume(operation: ResetOperation, fields: Readonly<Record<string, unknown>>, clientAddress: string | undefined): Promise<void>;
}

function isLimiter(limit: RateLimit): limit is RateLimiterAbstract {
  return typeof (limit as RateLimiterAbstract).consume === 'function';
}

function isLimiterAnswer(value: unknown): value is RateLimiterRes {
  return typeof value === 'object' && value !== null && typeof (value as RateLimiterRes).msBeforeNext === 'number';
}

function checkRule(name: string, rule: RateLimitRule): void {
  const positive = (value: number) => Number.isInteger(value) && value > 0;
  if (!positive(rule.points) || !positive(rule.durationSeconds)) {
    throw new TypeError(`createResetProxy: rateLimit.${name} needs whole, positive points and durationSeconds.`);
  }
}

// Email addresses are personal data: the store only ever sees a digest of one.
async function emailKey(value: unknown): Promise<string | undefined> {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value.trim().toLowerCase()));
  return Array.from(new Uint8Array(digest).subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createRateLimits(options: ResetRateLimitOptions = {}): ResetRateLimits {
  const prefix = options.keyPrefix ?? 'resetkit';
  const build = (name: LimitName): RateLimiterAbstract => {
    const limit = options[name] ?? DEFAULT_RULES[name];
    if (isLimiter(limit)) return limit;
    checkRule(name, limit);
    const rule = { keyPrefix: `${prefix}:${name}`, points: limit.points, duration: limit.durationSeconds };
    if (options.redis === undefined) return new RateLimiterMemory(rule);
    return new RateLimiterRedis({
      ...rule,
      storeClient: options.redis,
      useRedisPackage: options.redisPackage === 'redis',
      // Fail over to this process's own count at once rather than queue behind a Redis outage.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(rule),
    });
  };
  const limiters: Record<LimitName, RateLimiterAbstract> = {
    startsPerAddress: build('startsPerAddress'),
    startsPerEmail: build('startsPerEmail'),
    passwordAttemptsPerAddress: build('passwordAttemptsPerAddress'),
    strengthChecksPerAddress: build('strengthChecksPerAddress'),
  };

  async function countsFor(operation: ResetOperation, fields: Readonly<Record<string, unknown>>, address: string | undefined) {
    const counts: Count[] = [];
    // Without a known address the per-address limits cannot apply: one shared bucket would let a
    // single client lock every member out. The per-email limit still does.
    if (START_OPERATIONS.has(operation)) {
      if (address !== undefined) counts.push({ name: 'startsPerAddress', key: address });
      const email = await emailKey(fields.email_address);
      if (email !== undefined) counts.push({ name: 'startsPerEmail', key: email });
    } else if (operation === 'resetByExistingPassword' && address !== undefined) {
      counts.push({ name: 'passwordAttemptsPerAddress', key: address });
    } else if (operation === 'strengthCheck' && address !== undefined) {
      counts.push({ name: 'strengthChecksPerAddress', key: address });
    }
    return counts;
  }

  return {
    async consume(operation, fields, clientAddress) {
      for (const { name, key } of await countsFor(operation, fields, clientAddress)) {
        try {
          await limiters[name].consume(key);
        } catch (error) {
          // A used-up limit rejects with its RateLimiterRes (duck-typed: a host's limiter may come
          // from another copy of the library); anything else is a store failure.
          if (!isLimiterAnswer(error)) {
            // Neither Redis nor the in-memory insurance could count: refuse rather than go unlimited.
            refuse(503, 'rate_limit_unavailable', 'The rate limit could not be checked; try again shortly.');
          }
          const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
          refuse(429, 'too_many_requests', 'Too many requests; try again later.', { 'retry-after': String(seconds) });
        }
      }
    },
  };
}
