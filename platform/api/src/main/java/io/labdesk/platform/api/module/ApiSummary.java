package io.labdesk.platform.api.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a module's REST method does, in a sentence of English, for the platform's OpenAPI description
 * ({@code GET /api/v1/openapi.yaml}), which lists every module's resources from their JAX-RS annotations. On a
 * resource class: its methods' common description.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ApiSummary {

    String value();
}
