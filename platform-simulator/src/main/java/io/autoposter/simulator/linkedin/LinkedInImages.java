package io.autoposter.simulator.linkedin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.Params;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** {@code /rest/images?action=initializeUpload}, the upload URL, and {@code /rest/images/{urn}}. */
final class LinkedInImages {
  private final LinkedInContext linkedIn;

  LinkedInImages(LinkedInContext linkedIn) {
    this.linkedIn = linkedIn;
  }

  void initialize(ServerRequest request, ServerResponse response) {
    if (!LinkedInContext.versionAccepted(request, response)) {
      return;
    }
    Optional<IssuedToken> token = linkedIn.caller(request, response);
    if (token.isEmpty()) {
      return;
    }
    Params params = Params.of(request);
    if (!params.getOr("action", "").equals("initializeUpload")) {
      LinkedInErrors.send(response, 400, 0, null, "Unsupported action");
      return;
    }
    String owner = params.json().path("initializeUploadRequest").path("owner").asText("");
    if (owner.isEmpty()) {
      LinkedInErrors.unprocessable(
          response,
          "ERROR :: /initializeUploadRequest/owner :: field is"
              + " required but not found and has no default value");
      return;
    }
    if (!linkedIn.mayActAs(token.get(), owner)) {
      LinkedInErrors.accessDenied(response, "images.ACTION-initializeUpload");
      return;
    }
    if (linkedIn
        .gate()
        .refuse(SimulatedNetwork.LINKEDIN, owner, response, LinkedInContext.ERRORS)) {
      return;
    }
    String number = linkedIn.ids().linkedIn();
    String urn = "urn:li:image:C4E" + number;
    String uploadId = "D4E" + number;
    linkedIn.images().add(new Images.Image(urn, owner, uploadId, false, 0));
    ObjectNode value = Json.object();
    value.put(
        "uploadUrlExpiresAt", linkedIn.published().now().plus(Duration.ofHours(1)).toEpochMilli());
    value.put("uploadUrl", linkedIn.publicUrl().get() + "/dms-uploads/" + uploadId);
    value.put("image", urn);
    ObjectNode body = Json.object();
    body.set("value", value);
    Json.ok(response, body);
  }

  /** {@code PUT /dms-uploads/{id}}: the image's bytes. */
  void upload(ServerRequest request, ServerResponse response) {
    byte[] bytes = request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
    if (bytes.length == 0
        || !linkedIn.images().uploaded(request.path().pathParameters().get("id"), bytes.length)) {
      LinkedInErrors.send(response, 400, 0, null, "Upload is empty or the upload URL is unknown");
      return;
    }
    response.status(201).send();
  }

  void one(ServerRequest request, ServerResponse response) {
    if (!LinkedInContext.versionAccepted(request, response)
        || linkedIn.caller(request, response).isEmpty()) {
      return;
    }
    String urn =
        URLDecoder.decode(request.path().pathParameters().get("urn"), StandardCharsets.UTF_8);
    Optional<Images.Image> image = linkedIn.images().find(urn);
    if (image.isEmpty()) {
      LinkedInErrors.send(response, 404, 0, "NOT_FOUND", "Image " + urn + " not found");
      return;
    }
    ObjectNode body = Json.object().put("owner", image.get().owner()).put("id", urn);
    body.put("status", image.get().available() ? "AVAILABLE" : "WAITING_UPLOAD");
    if (image.get().available()) {
      body.put(
          "downloadUrl", linkedIn.publicUrl().get() + "/dms-uploads/" + image.get().uploadId());
    }
    Json.ok(response, body);
  }
}
