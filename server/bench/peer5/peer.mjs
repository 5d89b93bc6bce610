// PostGraphile 5 over soptrack's database: the second peer of the read-path benchmark (server/bench/run.sh).
// The same table, Row-Level Security policy and app role as soptrack; like soptrack it checks the bearer token
// (soptrack's own HS256 access token) on every request and sets the tenant transaction-locally (pgSettings are
// applied with set_config(..., true) in the request's transaction).
// Environment: PEER_DATABASE_URL, PEER_PORT, PEER_JWT_SECRET, PEER_POOL_SIZE (default 10, as soptrack's pool).
import { createServer } from 'node:http';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const secret = process.env.PEER_JWT_SECRET;
const port = Number(process.env.PEER_PORT);
const pool = new pg.Pool({
  connectionString: process.env.PEER_DATABASE_URL,
  max: Number(process.env.PEER_POOL_SIZE || 10),
});

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafast: {
    explain: false,
    context(requestContext) {
      const request = requestContext.node?.req;
      const token = (request?.headers.authorization || '').replace(/^Bearer /, '');
      const claims = jwt.verify(token, secret, { algorithms: ['HS256'] });
      return { pgSettings: { 'app.tenant_id': claims.org } };
    },
  },
  grafserv: { port, host: '127.0.0.1', graphqlPath: '/graphql', graphiql: false, watch: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (e) => { console.error(e); process.exit(1); });
await serv.addTo(server);
server.listen(port, '127.0.0.1', () => console.log('PostGraphile 5 peer listening on ' + port));
