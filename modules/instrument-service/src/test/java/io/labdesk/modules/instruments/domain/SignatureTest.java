package io.labdesk.modules.instruments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignatureTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Test
    void aCanvasDataUrlOrPlainBase64GivesThePngAndAnythingElseIsNoSignature() {
        String base64 = Base64.getEncoder().encodeToString(PNG);
        assertThat(Signature.decode("data:image/png;base64," + base64)).isEqualTo(PNG);
        assertThat(Signature.isPng(Signature.decode(base64))).isTrue();
        assertThat(Signature.isPng(Signature.decode(""))).as("nothing drawn").isFalse();
        assertThat(Signature.isPng(Signature.decode("not base64!"))).isFalse();
        assertThat(Signature.isPng("GIF89a-not-a-png".getBytes())).isFalse();
        assertThat(Signature.isPng(new byte[Signature.MAX_BYTES + 1])).isFalse();
    }
}
