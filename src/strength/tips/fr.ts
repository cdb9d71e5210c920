import type { TranslationKeys } from '@zxcvbn-ts/core';

/**
 * resetkit's French feedback for zxcvbn-ts, in place of @zxcvbn-ts/language-fr's: the same keys,
 * with the catalogue's typography (locales/README.md): « » quotes, non-breaking spaces, a final
 * period on every sentence, « vous ». `{base}` is zxcvbn's number.
 */
export const tips: TranslationKeys = {
  warnings: {
    straightRow: 'Les rangées de touches qui se suivent sur le clavier sont faciles à deviner.',
    keyPattern: 'Les motifs courts sur le clavier sont faciles à deviner.',
    simpleRepeat: 'Les caractères répétés, comme « aaa », sont faciles à deviner.',
    extendedRepeat: 'Les motifs répétés, comme « abcabcabc », sont faciles à deviner.',
    sequences: 'Les suites courantes, comme « abc », sont faciles à deviner.',
    recentYears: 'Les années récentes sont faciles à deviner.',
    dates: 'Les dates sont faciles à deviner.',
    topTen: 'Ce mot de passe fait partie des plus utilisés.',
    topHundred: 'Ce mot de passe est très souvent utilisé.',
    common: 'Ce mot de passe est courant.',
    similarToCommon: 'Ce mot de passe ressemble trop à un mot de passe courant.',
    wordByItself: 'Un mot seul est facile à deviner.',
    namesByThemselves: 'Un prénom ou un nom de famille seul est facile à deviner.',
    commonNames: 'Les prénoms et noms de famille courants sont faciles à deviner.',
    userInputs: 'N’utilisez ni votre nom, ni votre adresse e‑mail, ni des mots de cette page.',
    pwned: 'Ce mot de passe figure dans une fuite de données publiée sur Internet.',
  },
  suggestions: {
    l33t: 'Évitez les substitutions prévisibles, comme « @ » pour « a ».',
    reverseWords: 'Évitez les mots courants écrits à l’envers.',
    allUppercase: 'Mettez quelques lettres en majuscule, mais pas toutes.',
    capitalization: 'Mettez des majuscules ailleurs que sur la première lettre.',
    dates: 'Évitez les dates et les années liées à vous (par exemple, votre date de naissance).',
    recentYears: 'Évitez les années récentes.',
    associatedYears: 'Évitez les années liées à vous (par exemple, votre année de naissance).',
    sequences: 'Évitez les suites de caractères courantes.',
    repeated: 'Évitez les mots et les caractères répétés.',
    longerKeyboardPattern: 'Utilisez des motifs de clavier plus longs et changez plusieurs fois de direction.',
    anotherWord: 'Ajoutez des mots, plutôt peu courants.',
    useWords: 'Utilisez plusieurs mots, mais évitez les expressions toutes faites.',
    noNeed: 'Un mot de passe robuste n’a pas besoin de symboles, de chiffres ni de majuscules.',
    pwned: 'Si vous utilisez ce mot de passe ailleurs, changez-le aussi là-bas.',
  },
  timeEstimation: {
    ltSecond: 'moins d’une seconde',
    second: '{base} seconde',
    seconds: '{base} secondes',
    minute: '{base} minute',
    minutes: '{base} minutes',
    hour: '{base} heure',
    hours: '{base} heures',
    day: '{base} jour',
    days: '{base} jours',
    month: '{base} mois',
    months: '{base} mois',
    year: '{base} an',
    years: '{base} ans',
    centuries: 'des siècles',
  },
};
