package dev.dbflow.internal.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImplicitNamesTest {

    @ParameterizedTest(name = "{0} chosen: {1}")
    @CsvSource({
            "fk158vbkwgyf5r6ogk9nkugqv2c, false",
            "ukob8kqyqqgmefl0aco34akdtpe, false",
            "idx4wwnd2xuxgmmgpnv9ft3ak9q, false",
            "pet_pkey, false",
            "pet_code_key, false",
            "pet_code_key1, false",
            "pet_owner_id_fkey, false",
            "pet_status_check, false",
            "pet_name_idx, false",
            "fk_pet_owner, true",
            "ux_user_login, true",
            "ix_pet_name, true",
            "pet_code_len, true",
            "uk_pet_code, true"})
    void tellsChosenNamesFromInventedOnes(String name, boolean chosen) {
        assertThat(ImplicitNames.chosen(name)).isEqualTo(chosen);
    }
}
