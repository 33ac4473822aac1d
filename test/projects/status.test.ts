import { projectStatus } from '../../subgraphs/projects/status';

describe('projectStatus', () => {
  it.each([
    [100, '2020-11-29', '2030-01-01', 'COMPLETED'],
    [100, '2030-01-01', '2020-01-01', 'COMPLETED'],
    [99.5, '2020-11-29', '2020-11-30', 'DELAYED'],
    [0, '2020-11-29', '2026-11-22', 'DELAYED'],
    [0, '2020-11-29', '2020-11-29', 'NOT_STARTED'],
    [40, '2020-11-29', '2019-01-01', 'ON_TRACK'],
  ])('progress %d, deadline %s, today %s: %s', (progress, deadline, today, expected) => {
    expect(projectStatus(progress, deadline, today)).toBe(expected);
  });
});
