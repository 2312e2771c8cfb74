/**
 * The app's own label in the middle of a sentence: "Review child protection conference" → "review child protection
 * conference". Only for labels the app writes; words a user typed keep their casing (plain-words.ts
 * `continueSentence` knows names and titles).
 */
export function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
