// A text field that saves when it loses focus, only if it changed.
import { Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';

interface Props {
  label: string;
  value: string;
  onCommit: (value: string) => Promise<boolean> | void;
  error?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date' | 'datetime-local';
  description?: string;
  placeholder?: string;
  minRows?: number;
  size?: 'sm' | 'md';
  /** In a table the column title says it; the field still carries its full name for screen readers. */
  hideLabel?: boolean;
}

export function EditableText({ label, value, onCommit, error, multiline, type = 'text', description, placeholder, minRows = 2, size = 'md', hideLabel }: Props) {
  const [local, setLocal] = useState(value);
  const [saved, setSaved] = useState(value);
  // The saved value may change under us (another field's save, a reload): follow it.
  if (saved !== value) {
    setSaved(value);
    setLocal(value);
  }
  const commit = () => {
    if (local !== value) void onCommit(local);
  };
  const common = {
    label: hideLabel ? undefined : label,
    'aria-label': hideLabel ? label : undefined,
    size,
    description,
    placeholder,
    error,
    value: local,
    onBlur: commit,
  };
  if (multiline) {
    return <Textarea {...common} autosize minRows={minRows} maxRows={12} onChange={(e) => setLocal(e.currentTarget.value)} />;
  }
  return (
    <TextInput
      {...common}
      type={type}
      onChange={(e) => setLocal(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
