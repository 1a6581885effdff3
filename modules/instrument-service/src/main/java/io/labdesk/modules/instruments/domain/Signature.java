package io.labdesk.modules.instruments.domain;

import java.util.Base64;

/** A signature as drawn on a canvas: PNG bytes, from a data URL or Base64 as the browser or the API sends it. */
public final class Signature {

    /** A drawn signature is small; anything larger is not one. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Signature() {
    }

    public static boolean isPng(byte[] bytes) {
        if (bytes == null || bytes.length <= PNG.length || bytes.length > MAX_BYTES) {
            return false;
        }
        for (int i = 0; i < PNG.length; i++) {
            if (bytes[i] != PNG[i]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of {@code data:image/png;base64,…} or of plain Base64; empty when it is neither. */
    public static byte[] decode(String text) {
        if (text == null || text.isBlank()) {
            return new byte[0];
        }
        String base64 = text.startsWith("data:") ? text.substring(text.indexOf(',') + 1) : text;
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
