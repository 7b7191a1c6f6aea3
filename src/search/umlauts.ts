const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/**
 * A word as it is typed on a keyboard without umlauts: "Pjöngjang" ->
 * "Pjoengjang", "Maßnahmen" -> "Massnahmen". Undefined for a word that has
 * none, so only words that need another spelling get one.
 */
export function spelledWithoutUmlauts(word: string): string | undefined {
  if (!/[äöüÄÖÜß]/.test(word)) return undefined;
  return word.replace(/[äöüÄÖÜß]/g, (letter) => SPELLED_OUT[letter] ?? letter);
}
