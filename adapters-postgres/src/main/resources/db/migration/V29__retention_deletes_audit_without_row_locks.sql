-- The audit log's deleting function locked each row it chose (FOR UPDATE SKIP LOCKED) before deleting it: a lock
-- written into every row's header, and into the write-ahead log, before the delete writes the same header again. No
-- one else locks or changes an audit entry: the application may not UPDATE or DELETE audit_events (V2), no foreign
-- key points at it, and one sweeper runs at a time. Both steps are one statement with one snapshot, so the rows it
-- chooses are the rows it deletes.
CREATE OR REPLACE FUNCTION retention_delete_audit(actions text[], cutoff timestamptz, held_members uuid[],
                                                  max_rows integer)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET enable_seqscan = off
    AS $$
DECLARE
    removed integer;
BEGIN
    IF current_tenant() IS NULL THEN
        RAISE EXCEPTION 'retention_delete_audit needs a tenant';
    END IF;
    DELETE FROM audit_events WHERE ctid = ANY (ARRAY(
        SELECT ctid FROM audit_events
         WHERE organization_id = current_tenant() AND action = ANY (actions) AND at < cutoff
           AND NOT (actor_kind = 'MEMBER' AND actor_id = ANY (held_members))
         LIMIT max_rows));
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;
