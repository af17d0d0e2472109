package se.styrplan.plan.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.plan.PlanApi;
import se.styrplan.plan.client.ApiClient;
import se.styrplan.plan.client.ApiException;
import se.styrplan.plan.client.api.PlansApi;
import se.styrplan.plan.client.api.PublicPlanApi;
import se.styrplan.plan.client.model.Change;
import se.styrplan.plan.client.model.ChangeKind;
import se.styrplan.plan.client.model.Comparison;
import se.styrplan.plan.client.model.Goal;
import se.styrplan.plan.client.model.IndicatorLink;
import se.styrplan.plan.client.model.ItemKind;
import se.styrplan.plan.client.model.PageSearchHit;
import se.styrplan.plan.client.model.Sdg;
import se.styrplan.plan.client.model.SearchHit;
import se.styrplan.plan.client.model.TargetAreaNode;
import se.styrplan.plan.client.model.VersionStatus;
import se.styrplan.plan.client.model.VersionTree;

/**
 * A department's view of the API: the Java client the build generates from the committed contract
 * ({@code src/main/openapi/plan-service.openapi.json}, package {@code se.styrplan.plan.client}) reads Karlstad's
 * plan from the running service with a real token, as typed objects.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URL service;

    @Test
    void readsTheAdoptedPlanAsATypedTree() throws ApiException {
        UUID adopted = PlanApi.adoptedVersionId();

        VersionTree tree = plans(Tokens.of(PlanApi.VIEWER)).getVersionTree(adopted);

        assertThat(tree.getVersion().getId()).isEqualTo(adopted);
        assertThat(tree.getVersion().getStatus()).isEqualTo(VersionStatus.ADOPTED);
        assertThat(tree.getPlan().getMunicipalityName()).isEqualTo("Karlstads kommun");
        assertThat(tree.getSections()).isNotEmpty();
        assertThat(tree.getTargetAreas()).hasSize(4);
        List<Goal> goals = tree.getTargetAreas().stream().map(TargetAreaNode::getGoals).flatMap(List::stream).toList();
        assertThat(goals).hasSize(21);

        Goal climate = goals.stream().filter(g -> g.getTitle().equals("Karlstad ska vara en fossilfri och klimatsmart kommun"))
                .findFirst().orElseThrow();
        assertThat(climate.getTargetAreaId()).isIn(tree.getTargetAreas().stream().map(TargetAreaNode::getId).toList());
        assertThat(climate.getDescription()).isNotEmpty();
        // typed objects, not maps: the generated model classes, with their typed fields
        assertThat(climate.getSdgs()).isNotEmpty();
        for (Object sdg : climate.getSdgs()) {
            assertThat(sdg).isInstanceOf(Sdg.class);
            assertThat(((Sdg) sdg).getNumber()).isBetween(1, 17);
            assertThat(((Sdg) sdg).getName()).isNotBlank();
        }
        assertThat(climate.getIndicators()).isNotEmpty();
        for (Object indicator : climate.getIndicators()) {
            assertThat(indicator).isInstanceOf(IndicatorLink.class);
            assertThat(((IndicatorLink) indicator).getIndicatorId()).isInstanceOf(UUID.class);
            assertThat(((IndicatorLink) indicator).getTitle()).isNotBlank();
        }
        assertThat(goals).allSatisfy(g -> assertThat(g.getVersionId()).isEqualTo(adopted));
    }

    @Test
    void searchesAVersion() throws ApiException {
        UUID adopted = PlanApi.adoptedVersionId();

        PageSearchHit page = plans(Tokens.of(PlanApi.VIEWER)).searchVersion(adopted, "miljobilar", 0, 10);

        assertThat(page.getItems()).hasSize(1);
        SearchHit hit = page.getItems().get(0);
        assertThat(hit.getKind()).isEqualTo(SearchHit.KindEnum.INDICATOR);
        assertThat(hit.getTitle()).startsWith("Miljöbilar");
        assertThat(hit.getGoalTitle()).isEqualTo("Karlstad ska vara en fossilfri och klimatsmart kommun");
        assertThat(hit.getIndicatorId()).isNotNull();
        assertThat(page.getTotalItems()).isEqualTo(1L);
    }

    @Test
    void readsTheLoadedProposalsChangesWithoutLoginAsTypedObjects() throws ApiException {
        UUID proposal = PlanApi.karlstadProposal(PlanApi.KARLSTAD_REVISION);
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.toString().replaceAll("/+$", ""));

        Comparison changes = new PublicPlanApi(client).getPublicProposalChanges(proposal);

        assertThat(changes.getProposalId()).isEqualTo(proposal);
        Change added = changes.getChanges().stream().filter(c -> c.getItemKind() == ItemKind.GOAL && c.getChange() == ChangeKind.ADDED)
                .findFirst().orElseThrow();
        assertThat(added.getItemKey()).isEqualTo("karlstad-ska-starka-sin-roll-som-tillvaxtmotor");
        assertThat(added.getNote().getMotivation()).startsWith("Karlstad är Värmlands största stad.");
        assertThat(changes.getChanges()).filteredOn(c -> c.getItemKind() == ItemKind.GOAL && c.getChange() == ChangeKind.REMOVED).hasSize(2);
    }

    @Test
    void withoutATokenTheClientGets401() {
        UUID adopted = PlanApi.adoptedVersionId();

        ApiException refused = catchThrowableOfType(ApiException.class, () -> plans(null).getVersionTree(adopted));

        assertThat(refused).as("the call without a token must fail").isNotNull();
        assertThat(refused.getCode()).isEqualTo(401);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    /** The generated API, pointed at the test's service, sending the bearer token when there is one. */
    private PlansApi plans(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.toString().replaceAll("/+$", ""));
        client.setReadTimeout(Duration.ofSeconds(30));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return new PlansApi(client);
    }
}
