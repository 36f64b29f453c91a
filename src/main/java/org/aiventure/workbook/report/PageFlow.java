package org.aiventure.workbook.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Pours content down A4 pages: starts a page when the next thing does not fit, breaks text into lines, keeps
 * a bookmark per section and, at the end, writes every page's footer with "page n of m". Sections draw with
 * it and never compute a page break themselves. Coordinates are PDF points from the bottom left.
 */
final class PageFlow {

    static final float MARGIN = 46;
    private static final float TOP = 46;
    private static final float BOTTOM = 54;
    private static final float FOOTER_BASELINE = 30;
    /** The least room a heading needs below it, so it never ends a page alone. */
    private static final float KEEP_WITH_HEADING = 60;

    private final PDDocument document;
    private final FontFace face;
    private final LineBreaker breaker;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final Runnable checkpoint;
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument document, FontFace face, Runnable checkpoint) {
        this.document = document;
        this.face = face;
        this.breaker = new LineBreaker(face);
        this.checkpoint = checkpoint;
    }

    // ---- pages and sections ---------------------------------------------------------------------------

    /**
     * Starts a section on a new page (landscape or portrait) with its bookmark, and prints its title unless
     * {@code printed} is false (the cover has the project's name instead).
     */
    void startSection(String title, boolean landscape, boolean printed) {
        newPage(landscape);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop((int) top());
        item.setDestination(destination);
        outline.addLast(item);
        if (printed) {
            paragraph(title, TextStyle.SECTION);
            gap(2);
            rule(Palette.ACCENT, 1.2f);
            gap(10);
        }
    }

    /** A new page of the current orientation (portrait before the first). */
    void newPage() {
        newPage(page != null && isLandscape());
    }

    private void newPage(boolean landscape) {
        closeContent();
        PDRectangle size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        page = new PDPage(size);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
    }

    private boolean isLandscape() {
        return page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return page.getMediaBox().getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    float top() {
        return page.getMediaBox().getHeight() - TOP;
    }

    float bottom() {
        return BOTTOM;
    }

    /** The baseline-independent cursor: the top of the next thing drawn. */
    float y() {
        return y;
    }

    /** The room left on this page. */
    float room() {
        return y - BOTTOM;
    }

    void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensure(float height) {
        if (height > room() && y < top()) {
            newPage();
        }
    }

    /** Reserves {@code height} points (on a new page if needed) and returns the top of the reserved box. */
    float reserve(float height) {
        ensure(height);
        float boxTop = y;
        y -= height;
        return boxTop;
    }

    /** Lets the writer give up between rows when the founder cancels. */
    void checkpoint() {
        checkpoint.run();
    }

    // ---- text -------------------------------------------------------------------------------------------

    String printable(String text) {
        return face.printable(text);
    }

    List<String> lines(String text, TextStyle style, float width) {
        return breaker.lines(face.printable(text), style.size(), width);
    }

    float textWidth(String printable, TextStyle style) {
        return face.width(printable, style.size());
    }

    void heading(String text) {
        ensure(KEEP_WITH_HEADING);
        gap(4);
        paragraph(text, TextStyle.HEADING);
        gap(3);
    }

    /** A paragraph across the page's width, continued on the next page when it is long. */
    void paragraph(String text, TextStyle style) {
        paragraph(text, style, left(), width());
    }

    void paragraph(String text, TextStyle style, float x, float width) {
        for (String line : lines(text, style, width)) {
            if (style.leading() > room()) {
                newPage();
            }
            text(line, x, y - style.ascent(), style);
            y -= style.leading();
        }
    }

    /** One line of printable text with its baseline at {@code baseline}. */
    void text(String printable, float x, float baseline, TextStyle style) {
        if (printable.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(face.font(), style.size());
            content.setNonStrokingColor(style.color());
            if (style.bold()) {
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setStrokingColor(style.color());
                content.setLineWidth(style.size() * 0.035f);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(x, baseline);
            content.showText(printable);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line centred on {@code centreX}. */
    void centredText(String text, float centreX, float baseline, TextStyle style) {
        String printable = face.printable(text);
        text(printable, centreX - textWidth(printable, style) / 2, baseline, style);
    }

    // ---- shapes -----------------------------------------------------------------------------------------

    void fill(float x, float bottomY, float w, float h, Color color) {
        try {
            content.setNonStrokingColor(color);
            content.addRect(x, bottomY, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stroke(float x, float bottomY, float w, float h, Color color, float lineWidth) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(lineWidth);
            content.addRect(x, bottomY, w, h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
        polyline(new float[] {x1, x2}, new float[] {y1, y2}, color, lineWidth);
    }

    void polyline(float[] xs, float[] ys, Color color, float lineWidth) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(lineWidth);
            content.setLineCapStyle(1);
            content.setLineJoinStyle(1);
            content.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                content.lineTo(xs[i], ys[i]);
            }
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void dot(float cx, float cy, float radius, Color color) {
        // a zero-length round-capped stroke is a filled circle
        try {
            content.setStrokingColor(color);
            content.setLineWidth(radius * 2);
            content.setLineCapStyle(1);
            content.moveTo(cx, cy);
            content.lineTo(cx, cy);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule across the page under the cursor. */
    void rule(Color color, float lineWidth) {
        line(left(), y, right(), y, color, lineWidth);
    }

    // ---- tables -----------------------------------------------------------------------------------------

    TableWriter table(List<Column> columns) {
        return new TableWriter(this, columns);
    }

    // ---- the end ----------------------------------------------------------------------------------------

    /** Writes each page's footer (left: {@code footer}; right: the page label of n of m) and the outline. */
    void finish(String footer, PageLabel pageLabel) {
        closeContent();
        int total = document.getNumberOfPages();
        List<PDPage> pages = new ArrayList<>();
        document.getPages().forEach(pages::add);
        for (int i = 0; i < pages.size(); i++) {
            page = pages.get(i);
            try {
                content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            line(left(), FOOTER_BASELINE + 10, right(), FOOTER_BASELINE + 10, Palette.RULE, 0.5f);
            String number = face.printable(pageLabel.of(i + 1, total));
            float numberWidth = textWidth(number, TextStyle.FOOTER);
            text(number, right() - numberWidth, FOOTER_BASELINE, TextStyle.FOOTER);
            text(fitted(footer, TextStyle.FOOTER, width() - numberWidth - 16), left(), FOOTER_BASELINE,
                    TextStyle.FOOTER);
            closeContent();
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
    }

    /** The text cut with an ellipsis to fit one line: only for the footer, which repeats what the cover says whole. */
    private String fitted(String text, TextStyle style, float width) {
        String printable = face.printable(text);
        if (textWidth(printable, style) <= width) {
            return printable;
        }
        int end = printable.length();
        while (end > 0 && textWidth(printable.substring(0, end) + "…", style) > width) {
            end--;
        }
        return printable.substring(0, end) + "…";
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    /** Words a page number: "Page 3 of 12" in the briefing's language. */
    @FunctionalInterface
    interface PageLabel {
        String of(int page, int pages);
    }
}
