package io.labdesk.platform.core.web;

import io.labdesk.platform.core.request.Attachments;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A customer's form post as the customers' pages read it. The server takes far larger posts than any file may be,
 * so that a file over the limit reaches LabDesk's checks and is refused by name on the form with everything typed
 * kept, instead of the post failing before any page can answer.
 */
final class FormPost {

    /** What the server reads of one post at most: five files at their limit, twice over, and the fields. */
    static final long MOST_BYTES = 2L * Attachments.MAX_FILES * Attachments.MAX_BYTES + 1024 * 1024;

    private FormPost() {
    }

    /** Whether the post could be read at all (false when it is larger than {@link #MOST_BYTES} or malformed). */
    static boolean readable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            if (multipart(request)) {
                request.getParts();
            }
            return true;
        } catch (RuntimeException | IOException | ServletException e) {
            return false;
        }
    }

    /** A field's value, null when absent or when the post could not be read. */
    static String value(HttpServletRequest request, String name) {
        try {
            return request.getParameter(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The files sent in {@code field}, in the order sent; none for a post without files. */
    static List<Attachments.Upload> files(HttpServletRequest request, String field) throws IOException,
            ServletException {
        List<Attachments.Upload> uploads = new ArrayList<>();
        if (!multipart(request)) {
            return uploads;
        }
        for (Part part : request.getParts()) {
            if (field.equals(part.getName()) && part.getSubmittedFileName() != null
                    && !part.getSubmittedFileName().isBlank()) {
                try (InputStream in = part.getInputStream()) {
                    uploads.add(new Attachments.Upload(part.getSubmittedFileName(), part.getContentType(),
                            in.readAllBytes()));
                }
            }
        }
        return uploads;
    }

    private static boolean multipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
