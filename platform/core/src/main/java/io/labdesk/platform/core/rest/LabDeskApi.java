package io.labdesk.platform.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API root. Every resource below it needs a bearer token from the identity provider. */
@ApplicationPath("/api/v1")
public class LabDeskApi extends Application {
}
