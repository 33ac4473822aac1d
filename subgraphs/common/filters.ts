/** Collects SQL conditions and their $n parameters for a filtered list. */
export class Conditions {
  readonly params: unknown[] = [];
  private readonly parts: string[] = [];

  /** Adds `sql`, in which `?` stands for `value`'s placeholder; skipped when value is undefined or null. */
  add(sql: string, value: unknown): this {
    if (value === undefined || value === null) return this;
    this.parts.push(sql.replace('?', `$${this.params.push(value)}`));
    return this;
  }

  get sql(): string | undefined {
    return this.parts.length ? this.parts.join(' AND ') : undefined;
  }
}
