package io.labdesk.platform.core.export;

import io.labdesk.platform.core.config.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TrueType font PDFs are written with: one that has Chinese glyphs, embedded (as a subset) so every reader shows
 * the text. {@code LABDESK_PDF_FONT} names a .ttf or .ttc file; otherwise the usual places of Debian's and other
 * distributions' CJK fonts are tried.
 */
public final class PdfFont {

    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc");

    /** Raised when no such font is configured or installed: the PDF cannot show Chinese. */
    public static final class Missing extends RuntimeException {
        Missing() {
            super("No CJK TrueType font: set LABDESK_PDF_FONT or install one (e.g. Debian's fonts-wqy-microhei)");
        }
    }

    /** Fonts read once: several MB each, needed for every PDF. */
    private static final Map<Path, byte[]> LOADED = new ConcurrentHashMap<>();

    private PdfFont() {
    }

    static byte[] bytes(Path file) {
        return LOADED.computeIfAbsent(file, f -> {
            try {
                return Files.readAllBytes(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static Path find() {
        Optional<Path> configured = Setting.PDF_FONT.value().map(Path::of).filter(Files::isRegularFile);
        return configured.or(() -> KNOWN.stream().map(Path::of).filter(Files::isRegularFile).findFirst())
                .orElseThrow(Missing::new);
    }
}
