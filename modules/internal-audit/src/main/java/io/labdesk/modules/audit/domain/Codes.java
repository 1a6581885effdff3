package io.labdesk.modules.audit.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A short list of codes (clause numbers, area codes, usernames) kept in one column, comma-separated. */
@Converter
public class Codes implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
