import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  defaultVariantColorsResolver,
  type MantineColorsTuple,
  Modal,
  parseThemeColor,
  type VariantColorsResolver,
  VisuallyHidden,
} from '@mantine/core';
import { Say } from '../lib/Say';

/**
 * Mantine's palette with shades 6–9 darkened where they carry text: shade 6 is the filled colour in
 * light (white on it, and it as text, ≥ 4.5:1), 8 the filled colour in dark, 9 the text of light
 * badges on shade 1. Shades 0–5 stay Mantine's, so light backgrounds and dark-theme text look the same.
 */
const deeper = (name: 'teal' | 'red' | 'orange' | 'blue' | 'yellow' | 'gray', six: string, seven: string, eight: string, nine: string): MantineColorsTuple => {
  const [c0, c1, c2, c3, c4, c5] = DEFAULT_THEME.colors[name] as MantineColorsTuple;
  return [c0, c1, c2, c3, c4, c5, six, seven, eight, nine];
};

/**
 * Subtle buttons are coloured text only, and Mantine draws that text near white in dark (shade 0), so
 * "Delete incident" stopped looking destructive. The colour's text shade keeps them red in both themes.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (input.variant === 'subtle' && parsed.isThemeColor && parsed.shade === undefined) {
    return { ...colors, color: `var(--mantine-color-${parsed.color}-text)` };
  }
  return colors;
};

// Counter use: large targets (≥ 40px), readable at a glance, a focus ring that always shows.
export const theme = createTheme({
  primaryColor: 'teal',
  colors: {
    teal: deeper('teal', '#087f5b', '#07704f', '#066346', '#05573e'),
    red: deeper('red', '#c92a2a', '#b02525', '#a51f1f', '#9c1c1c'),
    orange: deeper('orange', '#b34700', '#a84300', '#9a3d00', '#87310b'),
    blue: deeper('blue', '#1971c2', '#1864ab', '#15599a', '#124c82'),
    // Yellow stays yellow where filled (autoContrast puts dark text on it); only its text darkens.
    yellow: deeper('yellow', '#fab005', '#f59f00', '#f08c00', '#7a4400'),
    // Grey 6 is light theme's dimmed text and the outline badges' text.
    gray: deeper('gray', '#666e76', '#495057', '#343a40', '#212529'),
  },
  // Dark text on light fills (yellow), white on dark ones: whichever reads.
  autoContrast: true,
  variantColorResolver,
  defaultRadius: 'md',
  focusRing: 'always',
  fontSizes: { md: '1rem' },
  components: {
    Button: { defaultProps: { size: 'md' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    Textarea: { defaultProps: { size: 'md' } },
    NativeSelect: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    // A close button named by its words, said where the dialog is drawn, in the shop's language;
    // the header is not a page banner (a second one inside each dialog).
    Modal: Modal.extend({
      defaultProps: {
        closeButtonProps: {
          children: (
            <VisuallyHidden>
              <Say id="app.theme.close" />
            </VisuallyHidden>
          ),
        },
        attributes: { header: { role: 'none' } },
      },
    }),
  },
});

/** Dimmed text in dark at ≥ 4.5:1 on the body, cards and the yellow note (light's is grey 6, above). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {},
  dark: { '--mantine-color-dimmed': '#a8a8a8' },
});
