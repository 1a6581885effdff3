package io.labdesk.platform.core.brand;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The theme tokens one primary colour sets: Lumo's primary colour family for the staff UI and {@code --ld-primary}
 * for customers' pages, with text on it and primary-coloured text kept readable (WCAG contrast 4.5:1).
 */
public final class BrandTokens {

    private BrandTokens() {
    }

    /** CSS custom property → value; empty for no colour (LabDesk's own look). */
    public static Map<String, String> of(String colour) {
        Map<String, String> tokens = new LinkedHashMap<>();
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            return tokens;
        }
        int[] rgb = rgb(colour);
        String onPrimary = contrast(rgb, new int[] {255, 255, 255}) >= 4.5 ? "#ffffff" : "#1d2530";
        int[] text = rgb.clone();
        while (contrast(text, new int[] {255, 255, 255}) < 4.5) {
            text = new int[] {text[0] * 9 / 10, text[1] * 9 / 10, text[2] * 9 / 10};
        }
        tokens.put("--labdesk-brand-primary", colour.toLowerCase());
        tokens.put("--labdesk-brand-primary-text", onPrimary);
        tokens.put("--lumo-primary-color", colour.toLowerCase());
        tokens.put("--lumo-primary-color-50pct", rgba(rgb, 0.5));
        tokens.put("--lumo-primary-color-10pct", rgba(rgb, 0.1));
        tokens.put("--lumo-primary-text-color", hex(text));
        tokens.put("--lumo-primary-contrast-color", onPrimary);
        tokens.put("--ld-primary", colour.toLowerCase());
        tokens.put("--ld-on-primary", onPrimary);
        return tokens;
    }

    /** The tokens as a style sheet for pages without script. */
    public static String css(String colour) {
        StringBuilder css = new StringBuilder(":root {");
        of(colour).forEach((k, v) -> css.append(' ').append(k).append(": ").append(v).append(';'));
        return css.append(" }\n").toString();
    }

    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static int[] rgb(String colour) {
        int v = Integer.parseInt(colour.substring(1), 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }

    private static String rgba(int[] rgb, double alpha) {
        return "rgba(" + rgb[0] + ", " + rgb[1] + ", " + rgb[2] + ", " + alpha + ")";
    }

    private static String hex(int[] rgb) {
        return String.format("#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
