import { useState } from 'react';

/**
 * A control's own copy of a stored value: it changes at once when the buyer acts (the background saves it a
 * moment later), and follows the stored value whenever that changes (saved, or changed elsewhere).
 */
export function useLocalCopy<T>(stored: T): [T, (value: T) => void] {
  const [seen, setSeen] = useState(stored);
  const [value, setValue] = useState(stored);
  if (!Object.is(seen, stored)) {
    setSeen(stored);
    setValue(stored);
  }
  return [value, setValue];
}
