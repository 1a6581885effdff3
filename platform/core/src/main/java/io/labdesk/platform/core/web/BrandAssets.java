package io.labdesk.platform.core.web;

import io.labdesk.platform.core.brand.BrandTokens;
import io.labdesk.platform.core.brand.Brands;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /t/{slug}/brand.css} and {@code /t/{slug}/logo}: an institution's theme tokens and logo, public because its
 * customers' pages show them. Addresses carry a version, so browsers may keep them for a day.
 */
final class BrandAssets {

    private BrandAssets() {
    }

    static boolean serves(String resource) {
        return "brand.css".equals(resource) || "logo".equals(resource);
    }

    static void send(String resource, Brands brands, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=86400");
        if ("brand.css".equals(resource)) {
            response.setContentType("text/css");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(BrandTokens.css(brands.look().primaryColour()));
            return;
        }
        Optional<Brands.Logo> logo = brands.logo();
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = '"' + logo.get().sha256() + '"';
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(logo.get().type());
        response.setContentLength(logo.get().content().length);
        response.getOutputStream().write(logo.get().content());
    }
}
