package se.styrplan.indicator.measurement;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.consistency.ValueFingerprints;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/**
 * Each indicator's values in a fingerprint, for a copy of them (reporting-service's read model, through its
 * consistency check) to compare itself with, all areas, periods and genders at once.
 */
@Path("/api/indicators/values/fingerprints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator values")
@SecurityRequirement(name = "keycloak")
public class ValueFingerprintResource {

    @Inject
    EntityManager em;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "listValueFingerprints", summary = "List each indicator's value fingerprint",
            description = "For every indicator with values, in id order: the number of its values (all areas, periods and "
                    + "genders) and an order-independent fingerprint of their keys, values, statuses and revisions. A copy "
                    + "of the values that computes the same fingerprint (reporting-service's read model does) holds "
                    + "exactly the same values; one missing, extra or different value changes it.")
    @APIResponse(responseCode = "200", description = "One entry per indicator that has values")
    @ProblemResponses.Authenticated
    public List<ValueFingerprints.Fingerprint> list() {
        return ValueFingerprints.of(em, "measurement");
    }
}
