package io.labdesk.platform.api.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A document of flowing text for modules to print (letters, archives): a title, headings, labelled fields and
 * paragraphs, in Chinese or English. The platform lays it out on A4 with an embedded CJK font.
 */
public record PrintedDocument(String title, List<Block> blocks) {

    public PrintedDocument {
        blocks = List.copyOf(blocks);
    }

    /** One piece of the document, printed in order. */
    public sealed interface Block permits Heading, Paragraph, Field, Space {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Field(String label, String value) implements Block {
    }

    public record Space(float points) implements Block {
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

        public Builder space(float points) {
            blocks.add(new Space(points));
            return this;
        }

        public PrintedDocument build() {
            return new PrintedDocument(title, blocks);
        }
    }
}
