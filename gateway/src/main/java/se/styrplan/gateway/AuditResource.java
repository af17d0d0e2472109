package se.styrplan.gateway;

import jakarta.ws.rs.Path;

import se.styrplan.platform.audit.AuditEndpoint;

/** gateway's audit log. */
@Path("/api/admin/audit")
public class AuditResource extends AuditEndpoint {
}
