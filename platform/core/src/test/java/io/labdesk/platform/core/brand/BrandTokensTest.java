package io.labdesk.platform.core.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BrandTokensTest {

    @Test
    void aDarkColourCarriesWhiteTextAndIsItsOwnTextColour() {
        Map<String, String> tokens = BrandTokens.of("#0B6E4F");

        assertThat(tokens).containsEntry("--lumo-primary-color", "#0b6e4f")
                .containsEntry("--lumo-primary-contrast-color", "#ffffff")
                .containsEntry("--lumo-primary-text-color", "#0b6e4f")
                .containsEntry("--lumo-primary-color-10pct", "rgba(11, 110, 79, 0.1)");
    }

    @Test
    void aLightColourGetsDarkTextOnItAndADarkerTextShadeThatStaysReadable() {
        Map<String, String> tokens = BrandTokens.of("#ffd200");
        String text = tokens.get("--lumo-primary-text-color");

        assertThat(tokens).containsEntry("--ld-on-primary", "#1d2530");
        assertThat(BrandTokens.contrast(rgb(text), new int[] {255, 255, 255})).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void noColourKeepsLabDesksOwnLook() {
        assertThat(BrandTokens.of(null)).isEmpty();
        assertThat(BrandTokens.of("red")).isEmpty();
        assertThat(BrandTokens.css(null)).isEqualTo(":root { }\n");
    }

    @Test
    void onlyPngJpegAndWebpAreTakenAsLogos() {
        assertThat(Brands.imageType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})).contains("image/png");
        assertThat(Brands.imageType(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})).contains("image/jpeg");
        assertThat(Brands.imageType("<svg onload=alert(1)>".getBytes())).isEmpty();
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }
}
