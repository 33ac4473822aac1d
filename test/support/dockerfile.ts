export interface Instruction {
  keyword: string;
  /** The rest of the line, continuations joined. */
  args: string;
}

export interface Stage {
  /** The image it starts from, ARG defaults substituted. */
  base: string;
  name: string;
  instructions: Instruction[];
}

/** A Dockerfile's stages, enough to check what each one does and to replay the runtime stage's steps. */
export function parseDockerfile(text: string): Stage[] {
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword, rest] = /^(\S+)\s*(.*)$/.exec(line)!;
    const upper = keyword!.toUpperCase();
    if (upper === 'ARG' && !stages.length) {
      const [name, value = ''] = rest!.split('=');
      args[name!] = value;
    } else if (upper === 'FROM') {
      const [image, , name] = rest!.split(/\s+/);
      const base = image!.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, braced, bare) => args[braced ?? bare] ?? '');
      stages.push({ base, name: name ?? String(stages.length), instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ keyword: upper, args: rest! });
    }
  }
  return stages;
}
