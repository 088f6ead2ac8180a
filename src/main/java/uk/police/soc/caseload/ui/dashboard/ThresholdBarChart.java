package uk.police.soc.caseload.ui.dashboard;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/** A bar chart with a horizontal line at a threshold (the 100 % capacity line). */
class ThresholdBarChart extends BarChart<String, Number> {

    private final Line line = new Line();
    private final Label label = new Label();
    private final double threshold;
    private final java.util.Map<Data<String, Number>, Label> barLabels = new java.util.HashMap<>();

    ThresholdBarChart(CategoryAxis xAxis, NumberAxis yAxis, double threshold, String text) {
        super(xAxis, yAxis);
        this.threshold = threshold;
        line.getStyleClass().add("threshold-line");
        label.getStyleClass().add("threshold-label");
        label.setText(text);
        label.setManaged(false);
        line.setManaged(false);
        getPlotChildren().addAll(line, label);
    }

    /** Shows {@code text} above the bar of {@code item}, or nothing when null. */
    void setBarLabel(Data<String, Number> item, String text) {
        Label old = barLabels.remove(item);
        if (old != null) {
            getPlotChildren().remove(old);
        }
        if (text != null) {
            Label label = new Label(text);
            label.getStyleClass().add("bar-label");
            label.setManaged(false);
            barLabels.put(item, label);
            getPlotChildren().add(label);
        }
    }

    void clearBarLabels() {
        getPlotChildren().removeAll(barLabels.values());
        barLabels.clear();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        barLabels.forEach((item, label) -> {
            if (item.getNode() != null) {
                javafx.geometry.Bounds bar = item.getNode().getBoundsInParent();
                double width = label.prefWidth(-1);
                double height = label.prefHeight(-1);
                label.resizeRelocate(bar.getMinX() + (bar.getWidth() - width) / 2, bar.getMinY() - height, width, height);
            }
        });
        double y = getYAxis().getDisplayPosition(threshold);
        line.setStartX(0);
        line.setEndX(getXAxis().getWidth());
        line.setStartY(y);
        line.setEndY(y);
        line.toFront();
        label.resizeRelocate(4, y - 18, label.prefWidth(-1), label.prefHeight(-1));
        label.toFront();
    }
}
