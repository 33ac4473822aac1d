import { busiestServices, projectProgress } from './client';

/** node dist/main.js [gateway URL]: prints the three busiest services and project 1's progress as JSON. */
async function main(): Promise<void> {
  const url = process.argv[2] ?? 'http://localhost:4000/graphql';
  const services = await busiestServices(url, { moreThan: 20, first: 3 });
  const project = await projectProgress(url, { number: 1 });
  const summary = {
    servicesWithMoreThan20Inquiries: services.servicesByInquiryCount.totalCount,
    busiest: services.servicesByInquiryCount.edges.map(({ node }) => ({
      id: node.id,
      name: node.name.en ?? node.name.fa,
      inquiries: node.inquiryCount,
      agency: node.agency.name.fa,
      project: node.project?.number ?? null,
    })),
    project: project.projectByNumber && { number: project.projectByNumber.number, progress: project.projectByNumber.progress, status: project.projectByNumber.status, deadline: project.projectByNumber.deadline },
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
