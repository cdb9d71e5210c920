import type { TranslationKeys } from '@zxcvbn-ts/core';

/**
 * resetkit's Brazilian Portuguese feedback for zxcvbn-ts, in place of @zxcvbn-ts/language-pt-br's:
 * the same keys, in the catalogue's voice, «você» (locales/README.md); the pack has sentences that
 * are not Portuguese («além do que primeira»). `{base}` is zxcvbn's number.
 */
export const tips: TranslationKeys = {
  warnings: {
    straightRow: 'Teclas em sequência no teclado são fáceis de adivinhar.',
    keyPattern: 'Padrões curtos de teclado são fáceis de adivinhar.',
    simpleRepeat: 'Caracteres repetidos, como “aaa”, são fáceis de adivinhar.',
    extendedRepeat: 'Padrões repetidos, como “abcabcabc”, são fáceis de adivinhar.',
    sequences: 'Sequências comuns, como “abc”, são fáceis de adivinhar.',
    recentYears: 'Anos recentes são fáceis de adivinhar.',
    dates: 'Datas são fáceis de adivinhar.',
    topTen: 'Esta é uma das senhas mais usadas.',
    topHundred: 'Esta é uma senha muito usada.',
    common: 'Esta é uma senha comum.',
    similarToCommon: 'Esta senha é parecida demais com uma senha comum.',
    wordByItself: 'Uma palavra sozinha é fácil de adivinhar.',
    namesByThemselves: 'Um nome ou sobrenome sozinho é fácil de adivinhar.',
    commonNames: 'Nomes e sobrenomes comuns são fáceis de adivinhar.',
    userInputs: 'Não use seu nome, seu e‑mail nem palavras desta página.',
    pwned: 'Esta senha apareceu em um vazamento de dados na internet.',
  },
  suggestions: {
    l33t: 'Evite trocas previsíveis, como “@” no lugar de “a”.',
    reverseWords: 'Evite palavras comuns escritas de trás para a frente.',
    allUppercase: 'Use letras maiúsculas em algumas letras, mas não em todas.',
    capitalization: 'Use maiúsculas em outras letras além da primeira.',
    dates: 'Evite datas e anos ligados a você.',
    recentYears: 'Evite anos recentes.',
    associatedYears: 'Evite anos ligados a você.',
    sequences: 'Evite sequências comuns de caracteres.',
    repeated: 'Evite palavras e caracteres repetidos.',
    longerKeyboardPattern: 'Use padrões de teclado mais longos e mude de direção várias vezes.',
    anotherWord: 'Adicione mais palavras, de preferência pouco comuns.',
    useWords: 'Use várias palavras, mas evite frases feitas.',
    noNeed: 'Você pode criar uma senha forte sem símbolos, números nem letras maiúsculas.',
    pwned: 'Se você usa esta senha em outro lugar, troque-a lá também.',
  },
  timeEstimation: {
    ltSecond: 'menos de um segundo',
    second: '{base} segundo',
    seconds: '{base} segundos',
    minute: '{base} minuto',
    minutes: '{base} minutos',
    hour: '{base} hora',
    hours: '{base} horas',
    day: '{base} dia',
    days: '{base} dias',
    month: '{base} mês',
    months: '{base} meses',
    year: '{base} ano',
    years: '{base} anos',
    centuries: 'séculos',
  },
};
