// Hive Gateway's configuration in the benchmark (bench/peer.ts): like our gateway, it signs every
// subgraph call, as an anonymous caller, with the subgraphs' secret, which they require in production.
const { signIdentity } = require('../dist/lib/auth/identity.js');

const secret = process.env.SUBGRAPH_SECRET;
if (!secret) throw new Error('SUBGRAPH_SECRET is not set');

exports.gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs: () => signIdentity(null, secret),
  },
};
