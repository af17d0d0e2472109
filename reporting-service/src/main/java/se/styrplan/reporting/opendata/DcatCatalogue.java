package se.styrplan.reporting.opendata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.styrplan.reporting.readmodel.ReportGoal;
import se.styrplan.reporting.readmodel.ReportIndicator;
import se.styrplan.reporting.rollup.Sdgs;

/**
 * The DCAT-AP-SE catalogue of the open data, as JSON-LD: one dataset per goal of an adopted plan (its indicators'
 * final values) and one per indicator of those goals, each with a JSON and a CSV distribution, the licence,
 * publisher and contact point that DCAT-AP-SE requires, and the EU vocabularies for language and theme.
 */
@ApplicationScoped
public class DcatCatalogue {

    static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/SWE";
    static final String THEME = "http://publications.europa.eu/resource/authority/data-theme/GOVE";
    static final String MEDIA = "https://www.iana.org/assignments/media-types/";

    @Inject
    ObjectMapper json;

    @Inject
    OpenDataConfig config;

    @Inject
    OpenData data;

    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
    public ObjectNode catalogue() {
        String base = config.baseUrl() + "/open-data";
        ObjectNode root = json.createObjectNode();
        ObjectNode context = root.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dcterms", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        root.put("@id", base + "/catalog.jsonld");
        root.put("@type", "dcat:Catalog");
        sv(root, "dcterms:title", "Styrplan: strategisk plan och uppföljning, öppna data");
        sv(root, "dcterms:description", "Målen i de antagna versionerna av " + config.publisherName() + "s strategiska plan, "
                + "deras indikatorer och indikatorernas slutliga värden. Utkast och preliminära värden publiceras inte.");
        root.set("dcterms:publisher", publisher());
        root.set("dcterms:license", ref(config.license()));
        root.set("dcterms:language", ref(LANGUAGE));
        root.set("foaf:homepage", ref(config.baseUrl() + "/"));
        ArrayNode datasets = root.putArray("dcat:dataset");
        Set<UUID> indicators = new LinkedHashSet<>();
        for (ReportGoal goal : data.goals()) {
            String path = base + "/plans/" + goal.planId + "/goals/" + encode(goal.goalKey);
            ObjectNode dataset = dataset(path, "Mål: " + goal.title,
                    "Målets beräknade status och dess indikatorers slutliga värden (målområde " + goal.targetAreaTitle + ").");
            ArrayNode keywords = dataset.putArray("dcat:keyword");
            keywords.add(goal.targetAreaTitle);
            goal.sdgs.stream().filter(Sdgs::exists).forEach(s -> keywords.add("Agenda 2030 " + Sdgs.title(s)));
            distributions(dataset, path);
            datasets.add(dataset);
            goal.indicators.forEach(link -> indicators.add(link.indicatorId));
        }
        for (UUID id : indicators) {
            // the definition only: the catalogue describes the datasets, it does not load their values
            ReportIndicator indicator = ReportIndicator.findById(id);
            boolean kolada = indicator != null && ("kolada".equalsIgnoreCase(indicator.source) || indicator.koladaKpiId != null);
            String path = base + "/indicators/" + id;
            ObjectNode dataset = dataset(path, "Indikator: " + (indicator == null || indicator.title == null ? id.toString() : indicator.title),
                    "Indikatorns slutliga värden för kommunen, jämförelsekommunerna och riket, per period och kön"
                            + (kolada ? ". Källa: Kolada." : "."));
            if (indicator != null && indicator.koladaKpiId != null) {
                dataset.putArray("dcat:keyword").add("Kolada " + indicator.koladaKpiId);
            }
            distributions(dataset, path);
            datasets.add(dataset);
        }
        return root;
    }

    private ObjectNode dataset(String id, String title, String description) {
        ObjectNode dataset = json.createObjectNode();
        dataset.put("@id", id);
        dataset.put("@type", "dcat:Dataset");
        sv(dataset, "dcterms:title", title);
        sv(dataset, "dcterms:description", description);
        dataset.set("dcterms:publisher", publisher());
        ObjectNode contact = dataset.putObject("dcat:contactPoint");
        contact.put("@type", "vcard:Organization");
        contact.put("vcard:fn", config.contactName());
        contact.set("vcard:hasEmail", ref("mailto:" + config.contactEmail()));
        dataset.set("dcat:theme", ref(THEME));
        dataset.set("dcterms:language", ref(LANGUAGE));
        return dataset;
    }

    private void distributions(ObjectNode dataset, String path) {
        ArrayNode list = dataset.putArray("dcat:distribution");
        list.add(distribution(path + ".json", "JSON", "application/json"));
        list.add(distribution(path + ".csv", "CSV", "text/csv"));
    }

    private ObjectNode distribution(String url, String name, String mediaType) {
        ObjectNode d = json.createObjectNode();
        d.put("@id", url + "#distribution");
        d.put("@type", "dcat:Distribution");
        sv(d, "dcterms:title", name);
        d.set("dcat:accessURL", ref(url));
        d.set("dcat:downloadURL", ref(url));
        d.set("dcat:mediaType", ref(MEDIA + mediaType));
        d.set("dcterms:license", ref(config.license()));
        return d;
    }

    private ObjectNode publisher() {
        ObjectNode p = json.createObjectNode();
        p.put("@id", config.publisherUri());
        p.put("@type", "foaf:Agent");
        p.put("foaf:name", config.publisherName());
        return p;
    }

    private ObjectNode ref(String uri) {
        return json.createObjectNode().put("@id", uri);
    }

    private void sv(ObjectNode node, String field, String text) {
        node.putObject(field).put("@language", "sv").put("@value", text);
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
