// @gitlab/ui ships no type declarations; the token apps only need its components as values.
declare module '@gitlab/ui';
