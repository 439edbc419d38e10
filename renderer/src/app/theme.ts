import { createTheme } from '@mantine/core';

// Counter use: large targets (≥ 40px), readable at a glance, a focus ring that always shows.
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  focusRing: 'always',
  fontSizes: { md: '1rem' },
  components: {
    Button: { defaultProps: { size: 'md' } },
    TextInput: { defaultProps: { size: 'md' } },
    Textarea: { defaultProps: { size: 'md' } },
    NativeSelect: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
  },
});
