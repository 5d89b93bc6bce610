-- Distribution of the soptrack schema by tenant for Citus (docs/scaling.md). NOT applied by the migrations: run it
-- once, as the schema's owner, on the coordinator of a Citus cluster, after Flyway has migrated the schema there and
-- before the server starts (the data of a deployment being moved is then copied in; see the page).
--
-- Every tenant table is hash-distributed on organization_id and colocated with organizations, so all rows of one
-- organization sit on one shard group and every statement the application sends (each names one organization through
-- Row-Level Security and its keys) is routed to one worker. The platform's own tables, which belong to no
-- organization, are reference tables (a copy on every node).
--
-- Order matters: a table is distributed after every table its foreign keys point to. CitusDistributionIT runs this
-- script against the migrated schema with stand-ins for the two Citus functions and fails when a tenant table is
-- missing, a table is out of order, or a key or foreign key could not be enforced on a distributed table.

-- The platform's own tables.
SELECT create_reference_table('public_requests');
SELECT create_reference_table('public_request_replies');
SELECT create_reference_table('platform_audit_events');
SELECT create_reference_table('incidents');
SELECT create_reference_table('incident_organizations');

-- The tenant root.
SELECT create_distributed_table('organizations', 'organization_id');

-- What hangs off the organization alone.
SELECT create_distributed_table('rooftops', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('members', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('invitations', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('operator_access_grants', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('customers', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('audit_events', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('legal_holds', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('billing_events', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('subject_requests', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('erasure_log', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('retention_overrides', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('notification_events', 'organization_id', colocate_with => 'organizations');

-- Members' sign-in records.
SELECT create_distributed_table('credentials', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('sessions', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('trusted_devices', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('account_tokens', 'organization_id', colocate_with => 'organizations');

-- Orders and what hangs off them.
SELECT create_distributed_table('special_orders', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('special_order_transitions', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('special_order_counts', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('sop_counters', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('contact_attempts', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('notes', 'organization_id', colocate_with => 'organizations');

-- Notifications.
SELECT create_distributed_table('notification_settings', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('outbox_messages', 'organization_id', colocate_with => 'organizations');
SELECT create_distributed_table('delivery_attempts', 'organization_id', colocate_with => 'organizations');
