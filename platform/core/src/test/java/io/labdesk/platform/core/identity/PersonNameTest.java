package io.labdesk.platform.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.identity.StaffIdentity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void chineseNamesSplitAfterTheFamilyName() {
        assertThat(PersonName.split("张伟")).containsExactly("伟", "张");
        assertThat(PersonName.split("欧阳小明")).containsExactly("小明", "欧阳");
        assertThat(PersonName.split("王小明")).containsExactly("小明", "王");
    }

    @Test
    void otherNamesSplitAtTheLastSpace() {
        assertThat(PersonName.split("Ada King Lovelace")).containsExactly("Ada King", "Lovelace");
        assertThat(PersonName.split("Plato")).containsExactly("Plato", "Plato");
    }

    @Test
    void aSplitNameReadsBackAsItWasWritten() {
        for (String name : List.of("张伟", "欧阳小明", "Ada Lovelace")) {
            String[] parts = PersonName.split(name);
            assertThat(new StaffIdentity("s", "u", parts[0], parts[1], null, List.of(), Set.of()).displayName())
                    .isEqualTo(name);
        }
    }
}
