package se.styrplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

import se.styrplan.devstack.test.TestStack;
import se.styrplan.devstack.test.Tokens;

/**
 * What an integrating department does with the one OpenAPI document: generate a Java client (openapi-generator's
 * java/native, as plan-service's own GeneratedClientTest does), compile it, and call the gateway with it, here for
 * the gateway's own operation and one of each service.
 */
@Order(1)
class GeneratedClientTest {

    private static final String PACKAGE = "se.styrplan.e2e.client";

    @Test
    void aClientGeneratedFromTheMergedDocumentCompilesAndCallsEveryService() throws Exception {
        Path dir = TestStack.root().resolve("deploy/e2e/target/generated-client");
        deleteTree(dir);
        Files.createDirectories(dir);
        Path spec = dir.resolve("styrplan.openapi.json");
        Files.writeString(spec, Call.gateway().when().get("/api/openapi.json").then().statusCode(200).extract().asString());

        CodegenConfigurator config = new CodegenConfigurator()
                .setGeneratorName("java").setLibrary("native")
                .setInputSpec(spec.toString()).setOutputDir(dir.resolve("src").toString())
                .setPackageName(PACKAGE).setInvokerPackage(PACKAGE).setApiPackage(PACKAGE + ".api").setModelPackage(PACKAGE + ".model")
                .addSchemaMapping("JsonNode", "com.fasterxml.jackson.databind.JsonNode")
                .addAdditionalProperty("useJakartaEe", true).addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("dateLibrary", "java8").addAdditionalProperty("hideGenerationTimestamp", true)
                .addAdditionalProperty("supportUrlQuery", false).addAdditionalProperty("sourceFolder", "java")
                .addGlobalProperty("apiTests", "false").addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false").addGlobalProperty("modelDocs", "false")
                .addGlobalProperty("apis", "").addGlobalProperty("models", "")
                .addGlobalProperty("supportingFiles", "ApiClient.java,ApiException.java,ApiResponse.java,Configuration.java,JSON.java,"
                        + "Pair.java,RFC3339DateFormat.java,RFC3339InstantDeserializer.java,RFC3339JavaTimeModule.java,"
                        + "ServerConfiguration.java,ServerVariable.java,AbstractOpenApiSchema.java");
        new DefaultGenerator().opts(config.toClientOptInput()).generate();

        List<File> sources;
        try (Stream<Path> files = Files.walk(dir.resolve("src"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        assertThat(sources).as("generated classes").hasSizeGreaterThan(50);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                "-proc:none", "-nowarn", "-encoding", "UTF-8"));
        sources.forEach(f -> args.add(f.getPath()));
        int status = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertThat(status).as("the generated client compiles:\n" + diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, getClass().getClassLoader())) {
            Object client = loader.loadClass(PACKAGE + ".ApiClient").getConstructor().newInstance();
            client.getClass().getMethod("updateBaseUri", String.class).invoke(client, Platform.get().gatewayUrl());
            String token = Tokens.of("victor");
            Consumer<HttpRequest.Builder> bearer = builder -> builder.header("Authorization", "Bearer " + token);
            client.getClass().getMethod("setRequestInterceptor", Consumer.class).invoke(client, bearer);

            Object me = call(loader, client, dir, "getCurrentUser");
            assertThat(me.getClass().getMethod("getUsername").invoke(me)).isEqualTo("victor");
            // one operation of each service, through the same client and server
            for (String operation : List.of("listPlans", "listIndicatorDefinitions", "listGoalStatuses")) {
                Object answer = call(loader, client, dir, operation);
                assertThat(answer).as(operation).isNotNull();
            }
        }
    }

    /** Calls the generated method named like the operation id, with every (optional) parameter null. */
    private static Object call(ClassLoader loader, Object client, Path dir, String operationId) throws Exception {
        for (Class<?> api : apiClasses(loader, dir)) {
            for (Method method : api.getMethods()) {
                if (method.getName().equals(operationId)) {
                    Object instance = api.getConstructor(client.getClass()).newInstance(client);
                    return method.invoke(instance, new Object[method.getParameterCount()]);
                }
            }
        }
        throw new AssertionError("no generated method " + operationId + " (operation ids: see " + dir.resolve("styrplan.openapi.json") + ")");
    }

    private static List<Class<?>> apiClasses(ClassLoader loader, Path dir) throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        Path apis = dir.resolve("classes").resolve(PACKAGE.replace('.', '/')).resolve("api");
        try (Stream<Path> files = Files.list(apis)) {
            for (Path file : files.filter(p -> p.toString().endsWith("Api.class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                classes.add(loader.loadClass(PACKAGE + ".api." + name));
            }
        }
        return classes;
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

}
