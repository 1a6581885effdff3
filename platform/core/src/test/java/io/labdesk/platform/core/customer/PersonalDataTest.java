package io.labdesk.platform.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void listsShowEnoughToRecogniseNotToUse() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskPhone("027-8765")).isEqualTo("******65");
        assertThat(PersonalData.maskEmail("wang.li@example.cn")).isEqualTo("w***@example.cn");
        assertThat(PersonalData.maskName("王建国")).isEqualTo("王**");
        assertThat(PersonalData.maskName("Ada Lovelace")).isEqualTo("A***");
        assertThat(PersonalData.maskPhone(null)).isNull();
    }
}
