/** The agency network as GraphML (http://graphml.graphdrawing.org), the format Gephi, yEd, Cytoscape and networkx read. */

export interface NetworkAgency {
  id: string;
  code: string;
  name: { fa: string; en: string | null };
}

export interface NetworkEdge {
  consumer: { id: string };
  provider: { id: string };
  links: number;
  paperLinks: number;
  services: number;
}

const KEYS = [
  ['code', 'node', 'string'],
  ['name_fa', 'node', 'string'],
  ['name_en', 'node', 'string'],
  ['links', 'edge', 'int'],
  ['paper_links', 'edge', 'int'],
  ['services', 'edge', 'int'],
] as const;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

const data = (key: string, value: string | number | null) => (value === null ? '' : `<data key="${key}">${escape(String(value))}</data>`);

/** A directed graph: a node per agency (`a<id>`), an edge consumer → provider per dependency. */
export function toGraphML(agencies: NetworkAgency[], edges: NetworkEdge[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(([name, domain, type]) => `  <key id="${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="agency-network" edgedefault="directed">',
    ...agencies.map((agency) => `    <node id="a${escape(agency.id)}">${data('code', agency.code)}${data('name_fa', agency.name.fa)}${data('name_en', agency.name.en)}</node>`),
    ...edges.map(
      (edge, index) =>
        `    <edge id="e${index + 1}" source="a${escape(edge.consumer.id)}" target="a${escape(edge.provider.id)}">${data('links', edge.links)}${data('paper_links', edge.paperLinks)}${data('services', edge.services)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
