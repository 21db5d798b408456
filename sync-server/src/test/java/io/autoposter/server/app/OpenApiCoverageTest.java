package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.autoposter.server.api.Routes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route the server registers is in the served OpenAPI document, and nothing more. */
class OpenApiCoverageTest {
  @TempDir Path dataDir;

  @Test
  void documentCoversExactlyTheRegisteredRoutes() throws Exception {
    try (TestServer server = TestServer.start(dataDir)) {
      Reply served = server.get("/api/v1/openapi.yaml", null);
      assertThat(served.status()).isEqualTo(200);
      assertThat(served.contentType()).startsWith("application/yaml");
      JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(served.body());
      assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
      JsonNode paths = document.path("paths");

      List<String> missing = new ArrayList<>();
      for (Routes.Route route : server.routes()) {
        String method = route.method().text().toLowerCase(Locale.ROOT);
        if (!paths.path(route.path()).has(method)) {
          missing.add(route.toString());
        }
      }
      assertThat(missing).as("routes missing from openapi.yaml").isEmpty();

      List<String> documented = new ArrayList<>();
      paths
          .properties()
          .forEach(
              path ->
                  path.getValue()
                      .properties()
                      .forEach(
                          operation -> {
                            if (!operation.getKey().equals("parameters")) {
                              documented.add(
                                  operation.getKey().toUpperCase(Locale.ROOT)
                                      + " "
                                      + path.getKey());
                            }
                          }));
      assertThat(documented)
          .as("documented routes the server does not serve")
          .containsExactlyInAnyOrderElementsOf(
              server.routes().stream().map(Routes.Route::toString).toList());
      // Every $ref points at something that exists.
      for (String ref : refs(document, new ArrayList<>())) {
        String[] parts = ref.substring(2).split("/");
        JsonNode target = document;
        for (String part : parts) {
          target = target.path(part);
        }
        assertThat(target.isMissingNode()).as(ref).isFalse();
      }
    }
  }

  private static List<String> refs(JsonNode node, List<String> found) {
    if (node.has("$ref")) {
      found.add(node.get("$ref").asText());
    }
    node.forEach(child -> refs(child, found));
    return found;
  }
}
