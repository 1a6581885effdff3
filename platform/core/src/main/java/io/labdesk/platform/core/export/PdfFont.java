package io.labdesk.platform.core.export;

import io.labdesk.platform.core.config.Setting;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TrueType fonts PDFs are written with, in order of preference: each glyph comes from the first that has it, so a
 * Chinese font without ℃ or ‰ borrows them from a symbol font. {@code LABDESK_PDF_FONT} names one or more .ttf or .ttc
 * files (separated like a path list); then the usual places of Debian's and other distributions' CJK fonts, then
 * fonts with the symbols of test reports (Debian's fonts-dejavu-core, fonts-freefont-ttf, fonts-liberation). Fonts
 * are embedded as subsets, so every reader shows the text.
 */
public final class PdfFont {

    private static final List<String> CHINESE = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc");

    /** Latin, Greek and the symbols of test reports (℃ µ ± ≤ ≥ ² ³ Ω ‰), for what a Chinese font lacks. */
    static final List<String> SYMBOLS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
            "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf");

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

    /** The configured fonts, the installed Chinese ones, then the installed symbol fonts; never empty. */
    public static List<Path> find() {
        List<Path> configured = Setting.PDF_FONT.value().stream()
                .flatMap(v -> Arrays.stream(v.split(File.pathSeparator)))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).filter(Files::isRegularFile).toList();
        List<Path> chinese = installed(CHINESE);
        if (configured.isEmpty() && chinese.isEmpty()) {
            throw new Missing();
        }
        Set<Path> all = new LinkedHashSet<>(configured);
        all.addAll(chinese);
        all.addAll(installed(SYMBOLS));
        return new ArrayList<>(all);
    }

    static List<Path> installed(List<String> places) {
        return places.stream().map(Path::of).filter(Files::isRegularFile).toList();
    }
}
