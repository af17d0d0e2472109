package se.styrplan.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import se.styrplan.devstack.test.TestStack;

/** The test documents: plan-service's committed contract, the fakes of the other services, and a standard validator. */
final class OpenApiDocuments {

    static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocuments() {
    }

    static ObjectNode planServiceContract() {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(
                    TestStack.root().resolve(Path.of("plan-service", "src", "main", "openapi", "plan-service.openapi.json"))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode fake(String service) {
        try (InputStream in = OpenApiDocuments.class.getResourceAsStream("/fake-openapi/" + service + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses the document as swagger-parser (the reader of openapi-generator) does and asserts it reports nothing. */
    static SwaggerParseResult assertValidOpenApi3(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        List<String> messages = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        assertThat(result.getOpenAPI()).as("parsed: " + messages).isNotNull();
        assertThat(messages).as("validation messages").isEmpty();
        return result;
    }
}
