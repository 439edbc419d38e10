// The follow-up message's placeholders, filled the same way for a real incident (in the core) and
// for the preview in Settings. English for now: issue 18 translates the words around the values.

export const PLACEHOLDERS = {
  first_name: "The first word of the customer's name (“there” when none was taken)",
  shop: 'Your business name',
  what_happened: 'What happened, as logged, with any staff name taken out',
  what_we_did: 'What was given, for example “gave you a refund of $12.00”',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;
export type TemplateValues = Record<Placeholder, string>;

const isPlaceholder = (name: string): name is Placeholder => Object.hasOwn(PLACEHOLDERS, name);
const PATTERN = /\{([a-z_]+)\}/g;

/** Placeholders typed in the template that Makegood does not fill: they are copied as typed, and Settings says so. */
export function unknownPlaceholders(template: string): string[] {
  const found = [...template.matchAll(PATTERN)].map((m) => m[1]!).filter((name) => !isPlaceholder(name));
  return [...new Set(found)];
}

/** The template with each known placeholder replaced by its value; anything else stays as typed. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(PATTERN, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole));
}
