// Usage errors the parser cannot see by itself, told the way commander tells its own (an "error:"
// line, the help hint, exit 2). An option that works only with another is refused without it:
// ignored silently, it would leave the user believing it had worked.
import type { Command } from 'commander';
import { EXIT } from './exit-codes.js';

export function usageError(command: Command, message: string): never {
  return command.error(`error: ${message}`, { exitCode: EXIT.usage, code: 'omise-openapi.usage' });
}

function given(command: Command, flag: string): boolean {
  const option = command.options.find((o) => o.long === flag);
  if (!option) throw new Error(`${command.name()} has no option ${flag}`);
  const source = command.getOptionValueSource(option.attributeName());
  return source !== undefined && source !== 'default';
}

/** Refuses each of `flags` given without `needed` (long flags, e.g. '--max-items' without '--all'). */
export function onlyWith(command: Command, needed: string, flags: readonly string[]): void {
  if (given(command, needed)) return;
  const alone = flags.find((flag) => given(command, flag));
  if (alone) usageError(command, `${alone} works only with ${needed}.`);
}
