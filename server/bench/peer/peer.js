// PostGraphile 4 over soptrack's database: the peer of the read-path benchmark (server/bench/run.sh).
// It serves the same table under the same Row-Level Security policy, as the same app role. Like soptrack it checks
// the bearer token (soptrack's own HS256 access token) on every request and sets the tenant transaction-locally
// (PostGraphile's pgSettings run set_config(..., true) in the request's transaction).
// Environment: PEER_DATABASE_URL, PEER_PORT, PEER_JWT_SECRET, PEER_POOL_SIZE (default 10, as soptrack's pool).
'use strict';
const http = require('http');
const jwt = require('jsonwebtoken');
const { Pool } = require('pg');
const { postgraphile } = require('postgraphile');

const secret = process.env.PEER_JWT_SECRET;
const pool = new Pool({
  connectionString: process.env.PEER_DATABASE_URL,
  max: Number(process.env.PEER_POOL_SIZE || 10),
});

const graphql = postgraphile(pool, 'public', {
  disableDefaultMutations: true,
  disableQueryLog: true,
  graphiql: false,
  pgSettings: (request) => {
    const token = (request.headers.authorization || '').replace(/^Bearer /, '');
    const claims = jwt.verify(token, secret, { algorithms: ['HS256'] });
    return { 'app.tenant_id': claims.org };
  },
});

http.createServer(graphql).listen(Number(process.env.PEER_PORT), '127.0.0.1', () => {
  console.log('PostGraphile peer listening on ' + process.env.PEER_PORT);
});
