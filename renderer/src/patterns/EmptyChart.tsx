import { Center, Text } from '@mantine/core';

/** In place of a chart with nothing to draw. */
export const EmptyChart = ({ text }: { text: string }) => (
  <Center h="100%">
    <Text c="dimmed">{text}</Text>
  </Center>
);
