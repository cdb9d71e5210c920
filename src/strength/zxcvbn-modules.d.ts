// The zxcvbn-ts language packages publish one module per dictionary but types only for their
// index. resetkit imports the files one by one (see packs/), so it declares them here.
declare module '@zxcvbn-ts/*.json.mjs' {
  const data: unknown;
  export default data;
}

declare module '@zxcvbn-ts/*/translations.mjs' {
  import type { TranslationKeys } from '@zxcvbn-ts/core';

  const translations: TranslationKeys;
  export default translations;
}
