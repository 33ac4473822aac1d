/**
 * The services' order by Persian name: Intl.Collator('fa'), then id. The one place it is
 * decided, so the project's list (names sent by the gateway) and the root list (the names kept
 * in inquiries.service_name) order alike.
 */
const persian = new Intl.Collator('fa');

/** Each service's place (0, 1, ...) in that order. */
export function rankByName(services: readonly { id: number; nameFa: string }[]): Map<number, number> {
  const sorted = [...services].sort((a, b) => persian.compare(a.nameFa, b.nameFa) || a.id - b.id);
  return new Map(sorted.map((service, rank) => [service.id, rank]));
}
