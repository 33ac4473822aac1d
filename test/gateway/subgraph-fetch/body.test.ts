import { bodyOf, withVariables } from '../../../gateway/subgraph-fetch/types';
import { entitiesOf, requestOf } from '../../support/subgraph-fetch';

describe('a fetch body', () => {
  test('is the operation as sent: query, operation name and variables', () => {
    const request = { ...requestOf({ query: 'query Q { a }', variables: { first: 5 } }), operationName: 'Q' };
    expect(JSON.parse(bodyOf(request))).toEqual({ query: 'query Q { a }', operationName: 'Q', variables: { first: 5 } });
  });

  test('is written once, however many stages read it from copies of the request', () => {
    const request = entitiesOf(['1', '2']);
    const stringify = jest.spyOn(JSON, 'stringify');
    try {
      const first = bodyOf(request);
      const copy = { ...request, headers: { ...request.headers, 'x-signed': 'yes' } };
      expect(bodyOf(copy)).toBe(first);
      expect(bodyOf({ ...copy })).toBe(first);
      expect(stringify).toHaveBeenCalledTimes(1);
    } finally {
      stringify.mockRestore();
    }
  });

  test('is not written for a request no stage sends (a read merged into another)', () => {
    const stringify = jest.spyOn(JSON, 'stringify');
    try {
      entitiesOf(['1']);
      expect(stringify).not.toHaveBeenCalled();
    } finally {
      stringify.mockRestore();
    }
  });

  test('follows the variables and the operation', () => {
    const request = entitiesOf(['1']);
    const other = withVariables(request, { representations: [{ __typename: 'Agency', id: '2' }] });
    expect(JSON.parse(bodyOf(other)).variables.representations).toEqual([{ __typename: 'Agency', id: '2' }]);
    expect(JSON.parse(bodyOf(request)).variables.representations).toEqual([{ __typename: 'Agency', id: '1' }]);
    expect(JSON.parse(bodyOf({ ...request, query: '{ b }' })).query).toBe('{ b }');
  });
});
