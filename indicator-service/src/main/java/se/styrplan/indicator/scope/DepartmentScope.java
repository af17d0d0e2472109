package se.styrplan.indicator.scope;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.styrplan.indicator.catalogue.Indicator;
import se.styrplan.indicator.catalogue.IndicatorHeader;
import se.styrplan.indicator.catalogue.IndicatorRepository;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.security.CurrentUser;
import se.styrplan.platform.security.Roles;

/**
 * Who may write an indicator's values and targets: planners and admins for every indicator, an editor only for
 * the indicators their own department owns (OWASP API1, broken object level authorisation). The role check on
 * the endpoint lets editors in; this checks the object. Reads are open to every signed-in role.
 */
@ApplicationScoped
public class DepartmentScope {

    @Inject
    IndicatorRepository indicators;

    @Inject
    CurrentUser currentUser;

    /** The indicator, when it exists (404 otherwise). */
    public Indicator readable(UUID id) {
        Indicator indicator = indicators.findById(id);
        if (indicator == null) {
            throw ApiException.notFound("Indicator", id);
        }
        return indicator;
    }

    /** What the reads name of the indicator, when it exists (404 otherwise): a projection, read on every series. */
    public IndicatorHeader readableHeader(UUID id) {
        return indicators.header(id).orElseThrow(() -> ApiException.notFound("Indicator", id));
    }

    /** The indicator, when it exists and the caller may write for its owning department (403 otherwise). */
    public Indicator writable(UUID id) {
        Indicator indicator = readable(id);
        if (!currentUser.mayWriteForDepartment(indicator.owningDepartment)) {
            throw ApiException.forbidden(indicator.owningDepartment == null
                    ? "Indicator " + indicator.key + " has no owning department: only planners and admins may write its values and targets"
                    : "Only editors of " + indicator.owningDepartment + ", planners and admins may write the values and targets of indicator "
                            + indicator.key);
        }
        return indicator;
    }

    /** Whether the caller writes the values of every indicator (planners and admins). */
    public boolean writesEveryDepartment() {
        return currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.PLANNER);
    }

    /** The departments whose indicators an editor writes; empty for callers who are not editors. */
    public Set<String> editorDepartments() {
        return currentUser.hasRole(Roles.EDITOR) ? currentUser.departments() : Set.of();
    }

    /** The caller's name for provenance: username, client id. */
    public String actor() {
        return currentUser.name();
    }
}
