package se.styrplan.plan;

import jakarta.ws.rs.Path;

import se.styrplan.platform.audit.AuditEndpoint;

/** plan-service's audit log. */
@Path("/api/plan/audit")
public class AuditResource extends AuditEndpoint {
}
