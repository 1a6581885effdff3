package io.labdesk.platform.core.tenant;

import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of tenant roles as a comma-separated list in declaration order, e.g. "TENANT_ADMIN,TESTER". */
@Converter
public class TenantRolesColumn implements AttributeConverter<Set<TenantRole>, String> {

    @Override
    public String convertToDatabaseColumn(Set<TenantRole> roles) {
        if (roles == null || roles.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<TenantRole> convertToEntityAttribute(String column) {
        EnumSet<TenantRole> roles = EnumSet.noneOf(TenantRole.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(TenantRole::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
