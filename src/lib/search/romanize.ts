/** The romanizer the index is built with: the Hangul engine, each name read as a common noun. */
import { romanize } from '../hangul';
import type { Romanizer } from './index';

export const romanizeName: Romanizer = (hangul, system) => romanize(hangul, { system });
