// Commander's own error lines (an unknown option, a missing argument…) in the terminal's language
// (issue 18). Commander writes them in English only; each comes with a code, and its values are read
// back out of the English line. A line this does not know (a newer commander's) stays as it was.
import { Command, type ErrorOptions } from 'commander';
import { say } from './say';

type Rewrite = (m: RegExpExecArray) => string;

/** Commander's reason after an invalid value: ours (already translated), or its list of choices. */
const reason = (text: string) => {
  const choices = /^Allowed choices are (.*)\.$/s.exec(text);
  return choices ? say('cli.errors.choices', { choices: choices[1]! }) : text;
};

const tooMany = (m: RegExpExecArray) => {
  const counts = { expected: Number(m[2]), got: Number(m[3]) };
  return m[1] === undefined ? say('cli.errors.tooManyArguments', counts) : say('cli.errors.tooManyArgumentsFor', { command: m[1], ...counts });
};

const LINES: Record<string, [RegExp, Rewrite]> = {
  'commander.unknownOption': [/^error: unknown option '(.*)'$/s, (m) => say('cli.errors.unknownOption', { option: m[1]! })],
  'commander.unknownCommand': [/^error: unknown command '(.*)'$/s, (m) => say('cli.errors.unknownCommand', { command: m[1]! })],
  'commander.missingArgument': [/^error: missing required argument '(.*)'$/s, (m) => say('cli.errors.missingArgument', { argument: m[1]! })],
  'commander.optionMissingArgument': [/^error: option '(.*)' argument missing$/s, (m) => say('cli.errors.optionMissingArgument', { option: m[1]! })],
  'commander.missingMandatoryOptionValue': [/^error: required option '(.*)' not specified$/s, (m) => say('cli.errors.missingMandatoryOption', { option: m[1]! })],
  'commander.excessArguments': [/^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s, tooMany],
  'commander.invalidArgument': [
    /^error: option '(.*?)' argument '(.*)' is invalid\. (.*)$/s,
    (m) => say('cli.errors.invalidOption', { option: m[1]!, value: m[2]!, reason: reason(m[3]!) }),
  ],
};

/** "(Did you mean --month?)", which commander adds on a line of its own. */
function suggestion(text: string): string | null {
  const many = /^\(Did you mean one of (.*)\?\)$/s.exec(text);
  if (many) return say('cli.errors.didYouMeanOneOf', { names: many[1]! });
  const one = /^\(Did you mean (.*)\?\)$/s.exec(text);
  return one ? say('cli.errors.didYouMean', { name: one[1]! }) : null;
}

/** Commander's English error line, in the terminal's language when it is one this knows. */
export function commanderError(message: string, code: string | undefined): string {
  const rule = code === undefined ? undefined : LINES[code];
  if (!rule) return message;
  const at = message.indexOf('\n(Did you mean ');
  const m = rule[0].exec(at < 0 ? message : message.slice(0, at));
  const hint = at < 0 ? '' : suggestion(message.slice(at + 1));
  if (!m || hint === null) return message;
  return hint ? `${rule[1](m)}\n${hint}` : rule[1](m);
}

/** A Command whose errors, and its subcommands', speak the terminal's language. */
export class SpeakingCommand extends Command {
  override createCommand(name?: string): SpeakingCommand {
    return new SpeakingCommand(name);
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(commanderError(message, errorOptions?.code), errorOptions);
  }
}
