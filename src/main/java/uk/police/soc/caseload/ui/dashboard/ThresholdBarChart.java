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

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
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
