import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  degree: number;
  radius: number;
}

export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  source: LayoutNode | string;
  target: LayoutNode | string;
  links: number;
}

/** A force-directed layout, run to rest before drawing (deterministic: d3-force's initial placement is fixed). */
export function layout(nodes: LayoutNode[], links: LayoutLink[], width: number, height: number): void {
  const simulation = forceSimulation(nodes)
    .force('link', forceLink<LayoutNode, LayoutLink>(links).id((node) => node.id).distance(80).strength(0.15))
    .force('charge', forceManyBody<LayoutNode>().strength((node) => -120 - node.degree * 18).distanceMax(500))
    .force('center', forceCenter(width / 2, height / 2))
    .force('x', forceX(width / 2).strength(0.06))
    .force('y', forceY(height / 2).strength(0.1))
    .force('collide', forceCollide<LayoutNode>((node) => node.radius + 8))
    .stop();
  simulation.tick(300);
  for (const node of nodes) {
    node.x = Math.min(width - node.radius - 2, Math.max(node.radius + 2, node.x ?? 0));
    node.y = Math.min(height - node.radius - 2, Math.max(node.radius + 2, node.y ?? 0));
  }
}
