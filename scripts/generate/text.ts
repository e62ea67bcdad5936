// How the spec's prose becomes the generated code's and pages' text, written once for every emitter.

/** A TSDoc comment of `text`; a `*\/` in the spec's text cannot end it early. */
export function docComment(text: string, indent = ''): string {
  const lines = text.replaceAll('*/', '*\\/').trim().split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

// A string as a single-quoted literal, escaped; anything else as JSON writes it.

/** The first paragraph of a description, on one line: a summary, a CLI help line, a table cell. */
export const firstParagraph = (text: string): string => oneLine(text.split(/\n\s*\n/)[0]!);

/** A text with its line breaks (and the spaces around them) as single spaces. */
export const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();
