/** zxcvbn-ts's score, crack times and feedback for a match sequence, in the pack's language. */
import { ALL_UPPER_INVERTED, START_UPPER } from './scoring.js';
import type { CrackTimesLike, FeedbackLike, MatchLike, TranslationKeys, ZxcvbnResultLike } from './types.js';

const DELTA = 5;
const SCORE_THRESHOLDS = [1e3, 1e6, 1e8, 1e10];

export function score(guesses: number): ZxcvbnResultLike['score'] {
  for (let s = 0; s < SCORE_THRESHOLDS.length; s += 1) {
    if (guesses < SCORE_THRESHOLDS[s]! + DELTA) return s as ZxcvbnResultLike['score'];
  }
  return 4;
}

const ATTACKS: [keyof CrackTimesLike, (guesses: number) => number][] = [
  ['onlineThrottlingXPerHour', (g) => g / (100 / 3600)],
  ['onlineNoThrottlingXPerSecond', (g) => g / 10],
  ['offlineSlowHashingXPerSecond', (g) => g / 1e4],
  ['offlineFastHashingXPerSecond', (g) => g / 1e10],
];

const MINUTE = 60;
const HOUR = MINUTE * 60;
const DAY = HOUR * 24;
const MONTH = DAY * 31;
const YEAR = MONTH * 12;
const UNITS: [string, number][] = [
  ['second', 1],
  ['minute', MINUTE],
  ['hour', HOUR],
  ['day', DAY],
  ['month', MONTH],
  ['year', YEAR],
  ['century', YEAR * 100],
];

function display(seconds: number, translations: TranslationKeys) {
  let unit = 'centuries';
  let base: number | null = null;
  const index = UNITS.findIndex(([, size]) => seconds < size);
  if (index > -1) {
    if (index === 0) unit = 'ltSecond';
    else {
      unit = UNITS[index - 1]![0];
      base = Math.round(seconds / UNITS[index - 1]![1]);
    }
  }
  const key = base !== null && base !== 1 ? `${unit}s` : unit;
  const phrase = translations.timeEstimation[key]!;
  return { base, text: typeof phrase === 'function' ? phrase(base!) : phrase.replace('{base}', `${base}`) };
}

export function crackTimes(guesses: number, translations: TranslationKeys): CrackTimesLike {
  const times = {} as CrackTimesLike;
  for (const [name, speed] of ATTACKS) {
    const seconds = speed(guesses);
    const { base, text } = display(seconds, translations);
    times[name] = { base, seconds, display: text };
  }
  return times;
}

function dictionaryWarning(match: MatchLike, sole: boolean, { warnings }: TranslationKeys): string | null {
  const name = match.dictionaryName as string;
  const lower = name.toLowerCase();
  if (name.includes('passwords')) {
    if (sole && !match.l33t && !match.reversed) {
      const rank = match.rank as number;
      if (rank <= 10) return warnings.topTen!;
      if (rank <= 100) return warnings.topHundred!;
      return warnings.common!;
    }
    return match.guessesLog10 <= 4 ? warnings.similarToCommon! : null;
  }
  if (name.includes('wikipedia')) return sole ? warnings.wordByItself! : null;
  if (lower.includes('lastnames') || lower.includes('firstnames') || lower.includes('names')) {
    return sole ? warnings.namesByThemselves! : warnings.commonNames!;
  }
  if (name.includes('userInputs')) return warnings.userInputs!;
  return null;
}

function matchFeedback(match: MatchLike, sole: boolean, translations: TranslationKeys): FeedbackLike | null {
  const { warnings, suggestions } = translations;
  switch (match.pattern) {
    case 'dictionary': {
      const advice: string[] = [];
      const word = match.token;
      if (START_UPPER.test(word)) advice.push(suggestions.capitalization!);
      else if (ALL_UPPER_INVERTED.test(word) && word.toLowerCase() !== word) advice.push(suggestions.allUppercase!);
      if (match.reversed && match.token.length >= 4) advice.push(suggestions.reverseWords!);
      if (match.l33t) advice.push(suggestions.l33t!);
      return { warning: dictionaryWarning(match, sole, translations), suggestions: advice };
    }
    case 'spatial':
      return {
        warning: match.turns === 1 ? warnings.straightRow! : warnings.keyPattern!,
        suggestions: [suggestions.longerKeyboardPattern!],
      };
    case 'repeat':
      return {
        warning: (match.baseToken as string).length === 1 ? warnings.simpleRepeat! : warnings.extendedRepeat!,
        suggestions: [suggestions.repeated!],
      };
    case 'sequence':
      return { warning: warnings.sequences!, suggestions: [suggestions.sequences!] };
    case 'regex':
      return match.regexName === 'recentYear'
        ? { warning: warnings.recentYears!, suggestions: [suggestions.recentYears!, suggestions.associatedYears!] }
        : { warning: null, suggestions: [] };
    case 'date':
      return { warning: warnings.dates!, suggestions: [suggestions.dates!] };
    case 'wordSequence': {
      const count = match.wordCount as number;
      const advice = [match.ascending ? suggestions.sequences! : suggestions.anotherWord!];
      if (count > 2) advice.push(suggestions.useWords!);
      return { warning: count >= 3 ? warnings.sequences! : null, suggestions: advice };
    }
    default:
      // bruteforce and separator: nothing to say.
      return null;
  }
}

export function feedback(scoreValue: number, sequence: readonly MatchLike[], translations: TranslationKeys): FeedbackLike {
  const { suggestions } = translations;
  if (sequence.length === 0) return { warning: null, suggestions: [suggestions.useWords!, suggestions.noNeed!] };
  if (scoreValue > 2) return { warning: null, suggestions: [] };
  let longest = sequence[0]!;
  for (const match of sequence.slice(1)) if (match.token.length > longest.token.length) longest = match;
  const found = matchFeedback(longest, sequence.length === 1, translations);
  if (!found) return { warning: null, suggestions: [suggestions.anotherWord!] };
  found.suggestions.unshift(suggestions.anotherWord!);
  return found;
}
