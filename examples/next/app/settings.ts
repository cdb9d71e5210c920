// The app's own origin, read on the server at request time: the reset links point at it and the
// proxy accepts browser calls from it. Set APP_ORIGIN to the address in the browser's bar
// (http://localhost:3000 and http://127.0.0.1:3000 are different origins).
export function appOrigin(): string {
  return (process.env.APP_ORIGIN ?? 'http://localhost:3000').replace(/\/+$/, '');
}
