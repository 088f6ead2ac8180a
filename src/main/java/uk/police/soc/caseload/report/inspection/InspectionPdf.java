package uk.police.soc.caseload.report.inspection;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import uk.police.soc.caseload.domain.AllocationChange;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.PlanHealth;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.SustainedOverload;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.WorkloadDay;
import uk.police.soc.caseload.domain.MentoringCounts;
import uk.police.soc.caseload.report.training.TrainingGapReport;
import uk.police.soc.caseload.report.words.Words;
import uk.police.soc.caseload.solver.whatif.Resilience.CategoryCoverage;

/**
 * Writes the inspection report as a PDF with OpenPDF: real, searchable text in an embedded font (DejaVu Sans, so
 * that names in any alphabet and signs such as ∞ print), tables with names beside ids, and JFreeChart charts
 * drawn as vectors in greys, line styles and patterns that survive a black-and-white printer. The only class
 * that knows the PDF and chart libraries.
 */
public final class InspectionPdf {

    private static final String FONT = "DejaVuSans.ttf";
    private static final String BOLD_FONT = "DejaVuSans-Bold.ttf";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final Color HEADER_GREY = new Color(0xDD, 0xDD, 0xDD);
    private static final Color LIGHT = new Color(0xCC, 0xCC, 0xCC);
    private static final Color MID = new Color(0x88, 0x88, 0x88);
    private static final Color DARK = new Color(0x22, 0x22, 0x22);
    private static final float CHART_WIDTH = 495;
    /** Bars of officers with load on no capacity are drawn this far past the longest finite one. */
    private static final double INFINITE_BAR_FACTOR = 1.15;

    private final BaseFont regular;
    private final BaseFont bold;
    private final Font title;
    private final Font heading;
    private final Font subheading;
    private final Font body;
    private final Font bodyBold;
    private final Font small;

    public InspectionPdf() {
        regular = font(FONT);
        bold = font(BOLD_FONT);
        title = new Font(bold, 24);
        heading = new Font(bold, 15);
        subheading = new Font(bold, 11);
        body = new Font(regular, 9.5f);
        bodyBold = new Font(bold, 9.5f);
        small = new Font(regular, 8);
    }

    private static BaseFont font(String resource) {
        try (InputStream in = InspectionPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the report to {@code file} through a temporary file beside it: a failure leaves no half report.
     * {@code suggestions} are the training suggestions of {@code facts} in words, in rank order: the report layer
     * holds facts only, and the caller words them as the command line and the app do
     * ({@code presentation.TrainingWords.forInspection}).
     */
    public void write(InspectionFacts facts, List<String> suggestions, Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    write(facts, suggestions, out);
                }
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public void write(InspectionFacts facts, List<String> suggestions, OutputStream out) {
        if (suggestions.size() != facts.training().suggestions().size()) {
            throw new IllegalArgumentException("one sentence per training suggestion, in rank order");
        }
        Document document = new Document(PageSize.A4, 50, 50, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // A chart stays where the text puts it, rather than floating past the table that explains it.
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new Footer(facts));
        document.addTitle("Inspection report: " + facts.unitName() + ", " + Words.longDate(facts.asOf()));
        document.addAuthor(facts.producedBy());
        document.addCreator("SOC Caseload Planner");
        document.open();
        try {
            cover(document, facts);
            document.newPage();
            headline(document, facts);
            workload(document, writer, facts);
            training(document, facts, suggestions);
            coverage(document, facts);
            plans(document, facts);
            changes(document, facts);
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be laid out: " + e.getMessage(), e);
        } finally {
            document.close();
        }
    }

    // ---- 1. cover ----------------------------------------------------------------------------------------

    private void cover(Document document, InspectionFacts facts) {
        Paragraph space = new Paragraph(" ", body);
        space.setSpacingBefore(120);
        document.add(space);
        document.add(new Paragraph("Inspection report", title));
        document.add(paragraph(facts.unitName(), new Font(bold, 16), 10));
        document.add(paragraph("Serious and organised crime: who leads what, and why", body, 4));
        PdfPTable table = table(new float[] {1.2f, 3f});
        row(table, "Caseload on", Words.longDate(facts.asOf()));
        row(table, "Period", Words.longDate(facts.from()) + " to " + Words.longDate(facts.asOf()));
        row(table, "Produced by", facts.producedBy());
        row(table, "Produced on", WHEN.format(facts.producedAt().atZone(facts.zone())));
        table.setSpacingBefore(30);
        document.add(table);
        document.add(paragraph("Contents", subheading, 30));
        String[] sections = {"1. Headline figures", "2. Workload", "3. Training and mentoring",
            "4. Coverage by category", "5. 4P plans", "6. Allocation changes in the period"};
        for (String section : sections) {
            document.add(paragraph(section, body, 2));
        }
        document.add(paragraph("Every figure in this report is worked out by the rules of the force's allocation"
                + " policy from the records held on the date above; the planner's command line gives the same"
                + " figures for the same records and date. This report holds personal data about officers: handle"
                + " it under the Data Protection Act 2018, Part 3.", small, 40));
    }

    // ---- 2. headline -------------------------------------------------------------------------------------

    private void headline(Document document, InspectionFacts facts) {
        section(document, "1. Headline figures");
        PlanFigures figures = facts.figures();
        Map<String, Officer> officers = facts.caseload().officersById();
        PdfPTable key = table(new float[] {3f, 1f});
        header(key, "Figure", "Value");
        numberRow(key, "Active threats", String.valueOf(facts.activeThreats()));
        numberRow(key, "Accredited LROs", String.valueOf(facts.accreditedLroIds().size()));
        Double perLro = facts.threatsPerAccreditedLro();
        numberRow(key, "Threats per accredited LRO", perLro == null ? "no accredited LRO"
                : String.format(Locale.ROOT, "%.1f", perLro));
        numberRow(key, "LRO shortfall (full-time LROs)", String.valueOf(figures.lroShortfall()));
        numberRow(key, "Officers over capacity", String.valueOf(figures.officersOverCapacity()));
        numberRow(key, "Officers overloaded", String.valueOf(figures.officersOverloaded()));
        numberRow(key, "Uncoverable threats", String.valueOf(figures.uncoverable().size()));
        numberRow(key, "Unallocated threats", String.valueOf(figures.unallocated().size()));
        numberRow(key, "Hard violations", String.valueOf(figures.hardViolations()));
        document.add(key);

        document.add(paragraph("Active threats by category and priority", subheading, 12));
        PdfPTable byCategory = table(new float[] {4f, 1f, 1f, 1f, 1f, 1f});
        header(byCategory, "Category", "Priority 1", "Priority 2", "Priority 3", "Priority 4", "Total");
        int[] totals = new int[4];
        for (Category category : facts.caseload().categories()) {
            int[] counts = facts.threatsByCategoryAndPriority().get(category.code());
            if (counts == null) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(category.name() + " (" + category.code() + ")"));
            for (int p = 0; p < 4; p++) {
                cells.add(String.valueOf(counts[p]));
                totals[p] += counts[p];
            }
            cells.add(String.valueOf(counts[0] + counts[1] + counts[2] + counts[3]));
            numbers(byCategory, cells);
        }
        List<String> totalCells = new ArrayList<>(List.of("All categories"));
        for (int total : totals) {
            totalCells.add(String.valueOf(total));
        }
        totalCells.add(String.valueOf(facts.activeThreats()));
        numbers(byCategory, totalCells);
        document.add(byCategory);

        document.add(paragraph("Accredited LROs: " + (facts.accreditedLroIds().isEmpty() ? "none"
                : facts.accreditedLroIds().stream().map(id -> Words.officer(officers.get(id), id))
                        .collect(Collectors.joining(", "))) + ".", body, 10));
        document.add(paragraph("Uncoverable threats (no officer may lead them, a training or recruitment need): "
                + threatList(facts, figures.uncoverable()) + ".", body, 4));
        document.add(paragraph("Unallocated threats: " + threatList(facts, figures.unallocated()) + ".", body, 4));
    }

    // ---- 3. workload -------------------------------------------------------------------------------------

    private void workload(Document document, PdfWriter writer, InspectionFacts facts) throws DocumentException {
        document.newPage();
        section(document, "2. Workload");
        Policy policy = facts.caseload().policy();
        document.add(paragraph("Load % per officer against the thresholds: over capacity above "
                + Words.plain(policy.amberLoadPercent()) + "%, overloaded above " + Words.plain(policy.redLoadPercent())
                + "%. The dashed line is the over-capacity threshold, the solid line the overload one; black bars are"
                + " overloaded officers, mid grey over capacity, light grey within capacity (a load with no capacity,"
                + " ∞%, is drawn to the end of the scale).", body, 0));
        document.add(chart(writer, loadChart(facts), CHART_WIDTH, Math.max(160, 22 * officersShown(facts) + 60)));
        PdfPTable table = table(new float[] {3f, 1.1f, 1.1f, 1.1f, 1.1f, 1.8f});
        header(table, "Officer", "Capacity", "Load", "Load %", "Id", "Status");
        Map<String, Officer> officers = facts.caseload().officersById();
        for (OfficerLoad load : facts.figures().officers()) {
            Officer officer = officers.get(load.officerId());
            numbers(table, List.of(officer.name(), Words.points(load.capacity()), Words.points(load.load()),
                    Words.percent(load.loadPercent()), load.officerId(), status(load, policy)));
        }
        document.add(table);

        document.add(paragraph("Trend over the period", subheading, 14));
        List<WorkloadDay> days = facts.trend().days();
        if (days.isEmpty()) {
            document.add(paragraph("No workload history is recorded in this period: the planner keeps a record for"
                    + " each day on which something is changed, from the day it was installed.", body, 2));
        } else {
            document.add(paragraph(Words.count(days.size(), "daily record") + " from " + Words.longDate(days.get(0).date())
                    + " to " + Words.longDate(days.get(days.size() - 1).date()) + "; a day without a record keeps"
                    + " the figures of the one before.", body, 2));
            document.add(chart(writer, trendChart(facts), CHART_WIDTH, 230));
            PdfPTable trend = table(new float[] {1.6f, 1f, 1f, 1f, 1f, 1f});
            header(trend, "Date", "Over capacity", "Overloaded", "Peak load", "Overload", "LRO shortfall");
            for (WorkloadDay day : days) {
                PlanFigures f = day.figures();
                numbers(trend, List.of(Words.longDate(day.date()), String.valueOf(f.officersOverCapacity()),
                        String.valueOf(f.officersOverloaded()), Words.percent(f.peakLoadPercent()),
                        Words.points(f.overloadPoints()), String.valueOf(f.lroShortfall())));
            }
            document.add(trend);
        }
        document.add(paragraph("Sustained overload", subheading, 14));
        List<SustainedOverload> sustained = facts.trend().sustainedOverload();
        if (sustained.isEmpty()) {
            document.add(paragraph("No officer is in sustained overload on " + Words.longDate(facts.asOf())
                    + " (above the red line on each of the last " + policy.sustainedOverloadDays() + " days).", body, 2));
        } else {
            document.add(paragraph("Above the red line on each of the last " + policy.sustainedOverloadDays()
                    + " days, on " + Words.longDate(facts.asOf()) + ":", body, 2));
            for (SustainedOverload overload : sustained) {
                document.add(paragraph("• " + Words.sustainedOverload(overload, officers.get(overload.officerId()),
                        policy.redLoadPercent(), facts.asOf()) + " [" + overload.officerId() + "]", body, 1));
            }
        }
    }

    private static int officersShown(InspectionFacts facts) {
        return facts.figures().officers().size();
    }

    private JFreeChart loadChart(InspectionFacts facts) {
        Policy policy = facts.caseload().policy();
        Map<String, Officer> officers = facts.caseload().officersById();
        double longest = facts.figures().officers().stream().mapToDouble(OfficerLoad::loadPercent)
                .filter(Double::isFinite).max().orElse(0);
        double axisTop = Math.max(Math.max(longest, policy.redLoadPercent()) * INFINITE_BAR_FACTOR + 10, 120);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Color> colours = new ArrayList<>();
        for (OfficerLoad load : facts.figures().officers()) {
            String label = officers.get(load.officerId()).name() + " (" + load.officerId() + ")";
            double value = Double.isInfinite(load.loadPercent()) ? axisTop - 5 : load.loadPercent();
            data.addValue(value, "Load %", label);
            colours.add(CaseloadAssessment.exceeds(load.loadPercent(), policy.redLoadPercent()) ? DARK
                    : CaseloadAssessment.exceeds(load.loadPercent(), policy.amberLoadPercent()) ? MID : LIGHT);
        }
        CategoryAxis names = new CategoryAxis(null);
        NumberAxis percent = new NumberAxis("Load %");
        percent.setRange(0, axisTop);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return colours.get(column);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.BLACK);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.6f));
        renderer.setMaximumBarWidth(0.08);
        CategoryPlot plot = new CategoryPlot(data, names, percent, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // Amber's label to the left of its line and red's to the right, so that close thresholds stay legible.
        plot.addRangeMarker(threshold(policy.amberLoadPercent(), Words.plain(policy.amberLoadPercent()) + "%",
                new float[] {4f, 3f}, RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT));
        plot.addRangeMarker(threshold(policy.redLoadPercent(), Words.plain(policy.redLoadPercent()) + "%", null,
                RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT));
        return plainChart(plot, false);
    }

    private JFreeChart trendChart(InspectionFacts facts) {
        Policy policy = facts.caseload().policy();
        Map<String, Officer> officers = facts.caseload().officersById();
        List<String> shown = trendOfficers(facts);
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (String officerId : shown) {
            Officer officer = officers.get(officerId);
            TimeSeries series = new TimeSeries(officer == null ? officerId : officer.name());
            for (WorkloadDay day : facts.trend().days()) {
                day.officer(officerId).ifPresent(load -> series.addOrUpdate(day(day.date()),
                        Double.isInfinite(load.loadPercent()) ? null : load.loadPercent()));
            }
            // The last record holds until the report's date.
            WorkloadDay last = facts.trend().days().get(facts.trend().days().size() - 1);
            if (!last.date().equals(facts.asOf())) {
                last.officer(officerId).ifPresent(load -> series.addOrUpdate(day(facts.asOf()),
                        Double.isInfinite(load.loadPercent()) ? null : load.loadPercent()));
            }
            data.addSeries(series);
        }
        DateAxis time = new DateAxis(null);
        time.setDateFormatOverride(new java.text.SimpleDateFormat("d MMM yyyy", Locale.UK));
        NumberAxis percent = new NumberAxis("Load %");
        percent.setAutoRangeIncludesZero(true);
        XYStepRenderer renderer = new XYStepRenderer();
        float[][] dashes = {null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}, {1f, 3f}, {10f, 5f}};
        Color[] greys = {Color.BLACK, Color.BLACK, DARK, MID, Color.BLACK, MID};
        for (int i = 0; i < shown.size(); i++) {
            float[] dash = dashes[i % dashes.length];
            renderer.setSeriesStroke(i, dash == null ? new BasicStroke(2f)
                    : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
            renderer.setSeriesPaint(i, greys[i % greys.length]);
        }
        XYPlot plot = new XYPlot(data, time, percent, renderer);
        plot.addRangeMarker(threshold(policy.redLoadPercent(), "overloaded above " + Words.plain(policy.redLoadPercent())
                + "%", null, RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT));
        double top = shown.isEmpty() ? 0 : facts.trend().days().stream().flatMap(d -> d.figures().officers().stream())
                .filter(o -> shown.contains(o.officerId())).mapToDouble(OfficerLoad::loadPercent)
                .filter(Double::isFinite).max().orElse(0);
        percent.setRange(0, Math.max(top, policy.redLoadPercent()) * 1.1 + 5);
        return plainChart(plot, true);
    }

    /** The officers the trend chart draws: those ever over capacity in the period, at most six, worst first. */
    private static List<String> trendOfficers(InspectionFacts facts) {
        Map<String, Double> peak = new java.util.LinkedHashMap<>();
        for (WorkloadDay day : facts.trend().days()) {
            for (OfficerLoad load : day.figures().officers()) {
                if (CaseloadAssessment.exceeds(load.loadPercent(), day.amberLoadPercent())) {
                    peak.merge(load.officerId(), load.loadPercent(), Math::max);
                }
            }
        }
        return peak.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(6).map(Map.Entry::getKey).toList();
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static ValueMarker threshold(double value, String label, float[] dash, RectangleAnchor anchor,
            TextAnchor textAnchor) {
        ValueMarker marker = new ValueMarker(value);
        marker.setPaint(Color.BLACK);
        marker.setStroke(dash == null ? new BasicStroke(1.5f)
                : new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        marker.setLabel(label);
        marker.setLabelFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 8));
        marker.setLabelAnchor(anchor);
        marker.setLabelTextAnchor(textAnchor);
        return marker;
    }

    private static JFreeChart plainChart(org.jfree.chart.plot.Plot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.BLACK);
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(LIGHT);
        } else if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(LIGHT);
            xy.setDomainGridlinePaint(LIGHT);
        }
        JFreeChart chart = new JFreeChart(null, new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 9), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (legend) {
            LegendTitle title = chart.getLegend();
            title.setPosition(RectangleEdge.BOTTOM);
            title.setItemFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 8));
        }
        return chart;
    }

    /** The chart drawn as vectors (lines and real text) into the page. */
    private Image chart(PdfWriter writer, JFreeChart chart, float width, float height) throws DocumentException {
        PdfContentByte content = writer.getDirectContent();
        PdfTemplate template = content.createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, new EmbeddedFontMapper());
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingBefore(6);
        image.setSpacingAfter(6);
        return image;
    }

    /** Chart text in the report's own font, so that it is real, searchable text in any alphabet. */
    private final class EmbeddedFontMapper implements FontMapper {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return font.isBold() ? bold : regular;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return new java.awt.Font("SansSerif", font == bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, size);
        }
    }

    private static String status(OfficerLoad load, Policy policy) {
        return Words.status(uk.police.soc.caseload.domain.LoadStatus.of(load, policy));
    }

    // ---- 4. training and mentoring ----------------------------------------------------------------------

    private void training(Document document, InspectionFacts facts, List<String> suggestions) {
        document.newPage();
        section(document, "3. Training and mentoring");
        TrainingGapReport gaps = facts.training();
        Map<String, Officer> officers = facts.caseload().officersById();

        document.add(paragraph("Leading threats without LRO accreditation", subheading, 4));
        if (gaps.unaccreditedLeading().isEmpty()) {
            document.add(paragraph("Every officer who leads a threat is an accredited LRO.", body, 2));
        } else {
            PdfPTable table = table(new float[] {2.6f, 1.4f, 4f});
            header(table, "Officer", "Mentored", "Threats led");
            for (TrainingGapReport.UnaccreditedLeader leader : gaps.unaccreditedLeading()) {
                row(table, Words.officer(officers.get(leader.officerId()), leader.officerId()),
                        leader.mentored() ? "yes, by " + mentorOf(officers, leader.officerId()) : "no",
                        threatList(facts, leader.threatIds()));
            }
            document.add(table);
        }

        document.add(paragraph("Accreditation expiring within " + gaps.withinDays() + " days", subheading, 10));
        if (gaps.expiring().isEmpty()) {
            document.add(paragraph("None.", body, 2));
        } else {
            PdfPTable table = table(new float[] {3f, 2f, 1.6f});
            header(table, "Officer", "Course", "Expires on");
            for (TrainingGapReport.ExpiringRecord record : gaps.expiring()) {
                row(table, Words.officer(officers.get(record.officerId()), record.officerId()), record.courseCode(),
                        Words.longDate(record.expiresOn()));
            }
            document.add(table);
        }

        document.add(paragraph("Trainees without a mentor", subheading, 10));
        if (gaps.traineesWithoutMentor().isEmpty()) {
            document.add(paragraph("None: every trainee's mentor is an accredited LRO.", body, 2));
        } else {
            PdfPTable table = table(new float[] {3f, 4f});
            header(table, "Trainee", "Why");
            for (TrainingGapReport.TraineeWithoutMentor trainee : gaps.traineesWithoutMentor()) {
                row(table, Words.officer(officers.get(trainee.officerId()), trainee.officerId()),
                        "Their mentor " + Words.officer(officers.get(trainee.mentorId()), trainee.mentorId()) + " "
                                + Words.mentorProblem(trainee.reason()));
            }
            document.add(table);
        }

        document.add(paragraph("Mentoring sessions in the period", subheading, 10));
        if (facts.sessionsByPair().isEmpty()) {
            document.add(paragraph("No mentoring session is recorded between " + Words.longDate(facts.from()) + " and "
                    + Words.longDate(facts.asOf()) + ".", body, 2));
        } else {
            PdfPTable table = table(new float[] {2.6f, 2.6f, 1f, 1f, 1.6f});
            header(table, "Mentor", "Mentee", "Sessions", "Minutes", "Last session");
            for (MentoringCounts.Pair pair : facts.sessionsByPair()) {
                numbers(table, List.of(Words.officer(officers.get(pair.mentorId()), pair.mentorId()),
                        Words.officer(officers.get(pair.menteeId()), pair.menteeId()), String.valueOf(pair.sessions()),
                        String.valueOf(pair.minutes()), Words.longDate(pair.last())));
            }
            document.add(table);
        }

        document.add(paragraph("Training suggestions", subheading, 10));
        if (suggestions.isEmpty()) {
            document.add(paragraph("None: no training would close a gap.", body, 2));
        } else {
            int n = 1;
            for (String suggestion : suggestions) {
                document.add(paragraph(n++ + ". " + suggestion, body, 2));
            }
        }
    }

    private static String mentorOf(Map<String, Officer> officers, String menteeId) {
        String mentorId = officers.get(menteeId).mentorId();
        return Words.officer(officers.get(mentorId), mentorId);
    }

    // ---- 5. coverage -------------------------------------------------------------------------------------

    private void coverage(Document document, InspectionFacts facts) {
        section(document, "4. Coverage by category");
        document.add(paragraph("For each category with active threats: the threats, the officers eligible to lead at"
                + " least one of them, and the threats only one officer may lead (a single point of failure) or none.",
                body, 0));
        Map<String, Category> categories = facts.caseload().categories().stream()
                .collect(Collectors.toMap(Category::code, c -> c));
        PdfPTable table = table(new float[] {4f, 1f, 1.4f, 1.4f, 1.4f});
        header(table, "Category", "Threats", "Officers eligible", "One eligible", "None eligible");
        for (CategoryCoverage row : facts.coverage()) {
            Category category = categories.get(row.category());
            numbers(table, List.of(category.name() + " (" + category.code() + ")", String.valueOf(row.threats()),
                    String.valueOf(row.eligibleOfficers()), String.valueOf(row.singleCover()),
                    String.valueOf(row.uncoverable())));
        }
        document.add(table);
    }

    // ---- 6. 4P plans -------------------------------------------------------------------------------------

    private void plans(Document document, InspectionFacts facts) {
        document.newPage();
        section(document, "5. 4P plans");
        long healthy = facts.planHealth().stream().filter(PlanHealth::healthy).count();
        document.add(paragraph(healthy + " of " + Words.count(facts.planHealth().size(), "active threat")
                + " have a healthy 4P plan: an open or done action in every strand, no action overdue and the review"
                + " not overdue.", body, 0));
        Map<String, Officer> officers = facts.caseload().officersById();
        PdfPTable table = table(new float[] {2.8f, 2.4f, 2.2f, 1.4f, 1.6f, 1.3f});
        header(table, "Threat", "LRO", "Missing strands", "Overdue actions", "Review", "Health");
        List<String[]> overdueReviews = new ArrayList<>();
        List<String[]> overdueActions = new ArrayList<>();
        for (PlanHealth health : facts.planHealth()) {
            Threat threat = facts.caseload().threat(health.threatId()).orElseThrow();
            String review = Words.review(health.reviewOverdue(), threat.nextReviewDue(), Words::longDate);
            row(table, threat.name() + " (" + threat.id() + ")",
                    Words.officer(officers.get(threat.officerId()), threat.officerId()),
                    health.missingStrands().isEmpty() ? "none" : health.missingStrands().stream().map(Words::strand)
                            .collect(Collectors.joining(", ")),
                    health.overdueActions().isEmpty() ? "none" : String.join(", ", health.overdueActions()),
                    review, Words.planHealth(health.healthy()));
            if (health.reviewOverdue()) {
                overdueReviews.add(new String[] {threat.name() + " (" + threat.id() + ")",
                    Words.longDate(threat.nextReviewDue()),
                    health.lastReviewOn() == null ? "never" : Words.longDate(health.lastReviewOn())});
            }
            for (String actionId : health.overdueActions()) {
                PlanAction action = facts.caseload().plan(threat.id()).action(actionId).orElseThrow();
                overdueActions.add(new String[] {threat.id() + " " + action.id(), Words.strand(action.strand()),
                    action.text(), Words.officer(officers.get(action.ownerId()), action.ownerId()).replace("no LRO",
                            "no owner"), Words.longDate(action.due())});
            }
        }
        document.add(table);

        document.add(paragraph("Overdue reviews (" + overdueReviews.size() + ")", subheading, 12));
        if (overdueReviews.isEmpty()) {
            document.add(paragraph("None.", body, 2));
        } else {
            PdfPTable reviews = table(new float[] {3f, 2f, 2f});
            header(reviews, "Threat", "Review was due", "Last review");
            overdueReviews.forEach(r -> row(reviews, r));
            document.add(reviews);
        }
        document.add(paragraph("Overdue actions (" + overdueActions.size() + ")", subheading, 12));
        if (overdueActions.isEmpty()) {
            document.add(paragraph("None.", body, 2));
        } else {
            PdfPTable actions = table(new float[] {1.8f, 1f, 3.4f, 2.2f, 1.6f});
            header(actions, "Action", "Strand", "What", "Owner", "Was due");
            overdueActions.forEach(a -> row(actions, a));
            document.add(actions);
        }
    }

    // ---- 7. allocation changes ---------------------------------------------------------------------------

    private void changes(Document document, InspectionFacts facts) {
        document.newPage();
        section(document, "6. Allocation changes in the period");
        List<AllocationChange> changes = facts.changes();
        document.add(paragraph(Words.count(changes.size(), "change") + " of LRO between " + Words.longDate(facts.from())
                + " and " + Words.longDate(facts.asOf()) + ", oldest first, each with its reason.", body, 0));
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Long> byReason = changes.stream().collect(Collectors.groupingBy(c -> Words.reason(c.reason()),
                java.util.LinkedHashMap::new, Collectors.counting()));
        document.add(paragraph("By reason: " + byReason.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ".", body, 4));
        Map<String, Officer> officers = facts.caseload().officersById();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(facts.zone());
        PdfPTable table = table(new float[] {1.5f, 2.4f, 1.9f, 1.9f, 1.4f, 2.5f});
        header(table, "When", "Threat", "From", "To", "Reason", "Rationale, and by whom");
        for (AllocationChange change : changes) {
            row(table, when.format(change.at()), threatList(facts, List.of(change.threatId())),
                    Words.officer(officers.get(change.fromOfficerId()), change.fromOfficerId()),
                    Words.officer(officers.get(change.toOfficerId()), change.toOfficerId()),
                    Words.reason(change.reason()),
                    (change.rationale() == null ? "" : change.rationale() + " ") + "(" + change.user() + ")");
        }
        document.add(table);
    }

    // ---- layout helpers ----------------------------------------------------------------------------------

    private String threatList(InspectionFacts facts, List<String> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        return ids.stream().map(id -> facts.caseload().threat(id).map(t -> t.name() + " (" + id + ")").orElse(id))
                .collect(Collectors.joining(", "));
    }

    private void section(Document document, String text) {
        Paragraph paragraph = new Paragraph(text, heading);
        paragraph.setSpacingAfter(8);
        document.add(paragraph);
    }

    private static Paragraph paragraph(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setLeading(font.getSize() * 1.35f);
        return paragraph;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        table.setHeaderRows(1);
        return table;
    }

    private void header(PdfPTable table, String... headers) {
        for (String text : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(text, bodyBold));
            cell.setBackgroundColor(HEADER_GREY);
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private void row(PdfPTable table, String... cells) {
        for (String text : cells) {
            table.addCell(cell(text, Element.ALIGN_LEFT));
        }
    }

    private void numberRow(PdfPTable table, String label, String value) {
        table.addCell(cell(label, Element.ALIGN_LEFT));
        table.addCell(cell(value, Element.ALIGN_RIGHT));
    }

    /** A row whose first cell is text and whose others are right-aligned when they look like figures. */
    private void numbers(PdfPTable table, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            boolean figure = i > 0 && text.matches("[0-9.,∞%\\-]+");
            table.addCell(cell(text, figure ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
        }
    }

    private PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, body));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3.5f);
        cell.setBorderColor(MID);
        return cell;
    }

    /** The unit, date and page number on every page but the cover. */
    private final class Footer extends PdfPageEventHelper {
        private final InspectionFacts facts;

        Footer(InspectionFacts facts) {
            this.facts = facts;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                return;
            }
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(facts.unitName() + ": inspection report, caseload on " + Words.longDate(facts.asOf()),
                            small), document.left(), page.getBottom() + 30, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber(), small), document.right(), page.getBottom() + 30, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("Personal data: handle under the Data Protection Act 2018, Part 3", small),
                    (document.left() + document.right()) / 2, page.getTop() - 30, 0);
        }
    }
}
