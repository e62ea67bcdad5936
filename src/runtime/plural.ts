/** "1 card", "2 cards": counts in messages read as English. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
