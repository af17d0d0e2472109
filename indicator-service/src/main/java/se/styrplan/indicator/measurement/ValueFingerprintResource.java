package se.styrplan.indicator.measurement;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    // this API's own shape: annotated on the platform's record, the schema would enter every service's OpenAPI document
    @Schema(name = "ValueFingerprint", description = "One indicator's values: how many, and a fingerprint of them all")
    public record ValueFingerprint(
            @Schema(description = "The indicator's id") UUID indicatorId,
            @Schema(description = "How many values it has: every area, period and gender", examples = "4665") long values,
            @Schema(description = "The sum of the first 60 bits of the MD5 of each value's area|period|gender|value|status|"
                    + "revision (the value without trailing zeros, - when suppressed), as a decimal number",
                    examples = "1345271912735641097812") String fingerprint) {
    }

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
    public List<ValueFingerprint> list() {
        return ValueFingerprints.of(em, "measurement").stream()
                .map(f -> new ValueFingerprint(f.indicatorId(), f.values(), f.fingerprint())).toList();
    }
}
