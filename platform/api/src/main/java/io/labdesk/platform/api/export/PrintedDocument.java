package io.labdesk.platform.api.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A document for modules to print (letters, archives, reports): a title, headings, labelled fields, paragraphs,
 * tables and pictures, in Chinese or English. The platform lays it out on A4 with an embedded CJK font.
 */
public record PrintedDocument(String title, List<Block> blocks) {

    public PrintedDocument {
        blocks = List.copyOf(blocks);
    }

    /** One piece of the document, printed in order. */
    public sealed interface Block permits Heading, Paragraph, Field, Space, Table, Picture {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Field(String label, String value) implements Block {
    }

    public record Space(float points) implements Block {
    }

    /**
     * Rows under a header row, cells wrapped within their columns; a table longer than the page goes on over the next
     * pages, the header row repeated. {@code widths}: the columns' shares of the page width (empty: equal shares).
     * Missing cells print empty.
     */
    public record Table(List<String> headers, List<List<String>> rows, List<Float> widths) implements Block {

        public Table {
            if (headers.isEmpty()) {
                throw new IllegalArgumentException("A table needs at least one column");
            }
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
            widths = List.copyOf(widths);
            if (!widths.isEmpty() && widths.size() != headers.size()) {
                throw new IllegalArgumentException("One width per column, or none");
            }
        }
    }

    /**
     * A PNG or JPEG picture (a chart, a photo of the instrument), shrunk to the page width when wider, with an
     * optional caption under it. Other bytes are refused with {@code InvalidInput} (key {@code validation.picture}).
     */
    public record Picture(byte[] image, String caption) implements Block {

        public Picture {
            image = image.clone();
        }

        @Override
        public byte[] image() {
            return image.clone();
        }
    }

    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** Builds a document block by block. */
    public static final class Builder {

        private final String title;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        public Builder field(String label, String value) {
            blocks.add(new Field(label, value));
            return this;
        }

        public Builder table(List<String> headers, List<List<String>> rows) {
            blocks.add(new Table(headers, rows, List.of()));
            return this;
        }

        public Builder table(List<String> headers, List<List<String>> rows, List<Float> widths) {
            blocks.add(new Table(headers, rows, widths));
            return this;
        }

        public Builder picture(byte[] image, String caption) {
            blocks.add(new Picture(image, caption));
            return this;
        }

        public Builder space(float points) {
            blocks.add(new Space(points));
            return this;
        }

        public PrintedDocument build() {
            return new PrintedDocument(title, blocks);
        }
    }
}
