/** Shared commander option parsers. */
import { InvalidArgumentError } from 'commander';

/** For repeatable options: `--keyword a --keyword b` → ['a', 'b']. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** For comma lists: `--sources a,b` → ['a', 'b'] (repeatable too). */
export function commaList(value: string, previous: string[] = []): string[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0)
    throw new InvalidArgumentError('give at least one value, separated by commas.');
  return [...previous, ...items];
}

export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
      throw new InvalidArgumentError(`give a whole number from ${min} to ${max}.`);
    }
    return number;
  };
}
