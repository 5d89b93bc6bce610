-- The retention sweep deletes expired audit entries batch after batch, and expired entries are the oldest: their rows
-- lie together at the start of the table. Planned as a sequential scan (a batch is small next to the table), each
-- batch first read every row the earlier batches had deleted, dead until vacuum comes: a million expired entries cost
-- 997 scans reading 19 million rows, some batches taking 700 ms. Through the (organization_id, action, at) index, the
-- entries of rows deleted and committed are marked dead the first time a scan passes them, and later scans skip them.
ALTER FUNCTION retention_delete_audit(text[], timestamptz, uuid[], integer) SET enable_seqscan = off;
