import type { TranslationKeys } from '@zxcvbn-ts/core';

/**
 * resetkit's Spanish feedback for zxcvbn-ts, in place of @zxcvbn-ts/language-es-es's: the same
 * keys in the catalogue's variant, neutral Latin-American Spanish with «tú» (locales/README.md);
 * the pack mixes «tú» with Spain's «usted» («Su contraseña fue expuesta…»). `{base}` is zxcvbn's number.
 */
export const tips: TranslationKeys = {
  warnings: {
    straightRow: 'Las filas seguidas de teclas son fáciles de adivinar.',
    keyPattern: 'Los patrones cortos de teclado son fáciles de adivinar.',
    simpleRepeat: 'Los caracteres repetidos, como “aaa”, son fáciles de adivinar.',
    extendedRepeat: 'Los patrones repetidos, como “abcabcabc”, son fáciles de adivinar.',
    sequences: 'Las secuencias comunes, como “abc”, son fáciles de adivinar.',
    recentYears: 'Los años recientes son fáciles de adivinar.',
    dates: 'Las fechas son fáciles de adivinar.',
    topTen: 'Es una de las contraseñas más usadas.',
    topHundred: 'Es una contraseña muy usada.',
    common: 'Es una contraseña común.',
    similarToCommon: 'Se parece demasiado a una contraseña común.',
    wordByItself: 'Una sola palabra es fácil de adivinar.',
    namesByThemselves: 'Un nombre o un apellido solo es fácil de adivinar.',
    commonNames: 'Los nombres y apellidos comunes son fáciles de adivinar.',
    userInputs: 'No uses tu nombre, tu correo electrónico ni palabras de esta página.',
    pwned: 'Esta contraseña apareció en una filtración de datos en internet.',
  },
  suggestions: {
    l33t: 'Evita sustituciones previsibles, como “@” en lugar de “a”.',
    reverseWords: 'Evita palabras comunes escritas al revés.',
    allUppercase: 'Escribe algunas letras en mayúscula, pero no todas.',
    capitalization: 'Usa mayúsculas en más letras, no solo en la primera.',
    dates: 'Evita fechas y años relacionados contigo.',
    recentYears: 'Evita los años recientes.',
    associatedYears: 'Evita años relacionados contigo.',
    sequences: 'Evita secuencias comunes de caracteres.',
    repeated: 'Evita palabras y caracteres repetidos.',
    longerKeyboardPattern: 'Usa patrones de teclado más largos y cambia de dirección varias veces.',
    anotherWord: 'Agrega más palabras, y que sean poco comunes.',
    useWords: 'Usa varias palabras, pero evita frases hechas.',
    noNeed: 'Puedes crear una contraseña segura sin símbolos, números ni mayúsculas.',
    pwned: 'Si usas esta contraseña en otro sitio, cámbiala también allí.',
  },
  timeEstimation: {
    ltSecond: 'menos de un segundo',
    second: '{base} segundo',
    seconds: '{base} segundos',
    minute: '{base} minuto',
    minutes: '{base} minutos',
    hour: '{base} hora',
    hours: '{base} horas',
    day: '{base} día',
    days: '{base} días',
    month: '{base} mes',
    months: '{base} meses',
    year: '{base} año',
    years: '{base} años',
    centuries: 'siglos',
  },
};
