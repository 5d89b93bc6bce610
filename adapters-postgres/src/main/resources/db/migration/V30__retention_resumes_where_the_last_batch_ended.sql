-- The sweep's batches of the audit log walked the (organization_id, action, at) index from the start of the
-- organization's expired entries each time, past every entry of the rows earlier batches had deleted. A scan skips such
-- an entry cheaply only once it may mark it dead, which it may not while any snapshot older than the delete is open (an
-- autoanalyze of the big table holds one): at 10 million entries, 7,708 batches fetched 1.4 billion rows. Walking the
-- index in its order instead, from the last batch's key, fetches each row once but in time order, page after page
-- apart: at 1 million entries laid out by tenant that took more than twice as long.
--
-- So each call deletes window after window of time, each window's rows chosen by the planner (a bitmap of the
-- window's index entries, the rows then read in the table's order), and says where it stopped: the action, the start
-- of the next window, and its width. A window that held more than the batch had room for is started again by the next
-- call (its deleted rows are gone), with half the width; a window with few rows doubles the next one's width. Nothing
-- the sweep may remove lies behind the place it returns; what it keeps there (entries of held members) stays kept, and
-- each sweep starts again from the beginning.
--
-- The four-argument function of V7 stays, for a server of the previous version still running beside this one during
-- an upgrade.
CREATE FUNCTION retention_delete_audit(actions text[], cutoff timestamptz, held_members uuid[], max_rows integer,
                                       after_action text, after_at timestamptz, after_width interval)
    RETURNS TABLE (removed integer, next_action text, next_at timestamptz, next_width interval)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET enable_seqscan = off
    AS $$
DECLARE
    act text;
    window_start timestamptz;
    window_end timestamptz;
    width interval := greatest(coalesce(after_width, interval '1 minute'), interval '1 millisecond');
    room integer := max_rows;
    n integer;
BEGIN
    IF current_tenant() IS NULL THEN
        RAISE EXCEPTION 'retention_delete_audit needs a tenant';
    END IF;
    removed := 0;
    FOR act IN SELECT a FROM unnest(actions) AS a WHERE after_action IS NULL OR a >= after_action ORDER BY a LOOP
        IF act = after_action THEN
            window_start := after_at;
        ELSE
            SELECT min(e.at) INTO window_start FROM audit_events e
             WHERE e.organization_id = current_tenant() AND e.action = act AND e.at < cutoff;
        END IF;
        WHILE window_start < cutoff LOOP
            window_end := least(window_start + width, cutoff);
            DELETE FROM audit_events WHERE ctid = ANY (ARRAY(
                SELECT ctid FROM audit_events e
                 WHERE e.organization_id = current_tenant() AND e.action = act
                   AND e.at >= window_start AND e.at < window_end
                   AND NOT (e.actor_kind = 'MEMBER' AND e.actor_id = ANY (held_members))
                 LIMIT room));
            GET DIAGNOSTICS n = ROW_COUNT;
            removed := removed + n;
            IF n = room THEN
                -- The window may hold more: the next call starts it again, narrower.
                next_action := act;
                next_at := window_start;
                next_width := greatest(width / 2, interval '1 millisecond');
                RETURN NEXT;
                RETURN;
            END IF;
            IF n < room / 2 THEN
                width := least(width * 2, interval '100 years');
            END IF;
            room := room - n;
            window_start := window_end;
        END LOOP;
    END LOOP;
    RETURN NEXT;
END
$$;
REVOKE ALL ON FUNCTION retention_delete_audit(text[], timestamptz, uuid[], integer, text, timestamptz, interval)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION retention_delete_audit(text[], timestamptz, uuid[], integer, text, timestamptz, interval)
    TO "${appUser}";
