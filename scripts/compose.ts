import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE, API_SCHEMA_FILE } from './composition';

const { supergraphSdl, apiSdl } = composeSupergraph();
writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
writeFileSync(API_SCHEMA_FILE, apiSdl);
console.log(`composed ${SUPERGRAPH_FILE} and ${API_SCHEMA_FILE}`);
