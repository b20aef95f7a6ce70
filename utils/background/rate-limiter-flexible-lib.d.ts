// Declarations for the two files rate-limiter-subset.ts imports: the package declares its
// classes only on its index.
declare module 'rate-limiter-flexible/lib/RateLimiterMemory.js' {
  export { RateLimiterMemory as default } from 'rate-limiter-flexible';
}
declare module 'rate-limiter-flexible/lib/RateLimiterQueue.js' {
  export { RateLimiterQueue as default } from 'rate-limiter-flexible';
}
