/** Organizations (tenants), rooftops, members, roles and permissions, invitations and platform-operator access grants. */
package org.soptrack.core.domain.tenancy;
