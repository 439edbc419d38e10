// This month against last, in words: "▲ $12.00 more than September", "▼ … less", "Same as September".
export function comparison(total: number, previous: number, previousName: string, money: (minor: number) => string) {
  const diff = total - previous;
  if (diff > 0) return { text: `▲ ${money(diff)} more than ${previousName}`, direction: 'up' as const };
  if (diff < 0) return { text: `▼ ${money(-diff)} less than ${previousName}`, direction: 'down' as const };
  return { text: `Same as ${previousName}`, direction: 'same' as const };
}
