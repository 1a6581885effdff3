package io.labdesk.platform.api.module;

import io.labdesk.platform.api.tenant.TenantRole;
import java.util.Objects;

/**
 * One gap in an institution's set-up as a module sees it: {@code id} stable (an element id on the page),
 * {@code problem} what cannot work and why, and where an admin fixes it.
 */
public record SetupWarning(String id, Text problem, Fix fix) {

    public SetupWarning {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /** Where the admin goes to close the gap; the platform words the link and knows its own pages. */
    public sealed interface Fix {
    }

    /** Grant {@code role} to someone: the platform's staff page. */
    public record GrantRole(TenantRole role) implements Fix {

        public GrantRole {
            Objects.requireNonNull(role, "role");
        }
    }

    /** Change the module's settings: the platform's modules page. */
    public record ChangeSettings() implements Fix {
    }

    /** One of the module's own views ({@code link}, with its query), labelled {@code label}. */
    public record OpenView(Text label, String link) implements Fix {

        public OpenView {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(link, "link");
        }
    }
}
