// The engine against zxcvbn-ts 4.2 in 'pt-br' (the suite is in differential.ts).
import { describeDifferential } from './differential.js';

describeDifferential('pt-br');
