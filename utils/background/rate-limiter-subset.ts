// gitbeaker's requester-utils uses only these two classes of rate-limiter-flexible. The package's
// index also loads every store it supports (Redis, Drizzle, Mongo, Postgres…), which would put a
// computed import() and eval into the background bundle for nothing. wxt.config.ts points the
// package name here; the classes are the package's own, unchanged.
export { default as RateLimiterMemory } from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
export { default as RateLimiterQueue } from 'rate-limiter-flexible/lib/RateLimiterQueue.js';
