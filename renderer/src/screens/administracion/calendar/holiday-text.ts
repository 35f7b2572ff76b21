/** The years offered: three around today's (as loaded on the first start) and the one chosen. */
export function yearChoices(todayYear: number, chosen: number): number[] {
  const years = new Set([chosen]);
  for (let y = todayYear - 3; y <= todayYear + 3; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}
