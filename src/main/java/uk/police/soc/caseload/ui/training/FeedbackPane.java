package uk.police.soc.caseload.ui.training;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** Shows a {@link FormFeedback}: the sentence in green or red, and the problems, one per line, when there are any. */
final class FeedbackPane extends VBox {

    FeedbackPane(FormFeedback feedback, String idPrefix) {
        super(4);
        Label message = new Label();
        message.setId(idPrefix + "-message");
        message.textProperty().bind(feedback.messageProperty());
        Runnable colour = () -> {
            message.getStyleClass().removeAll("form-message-ok", "form-message-error");
            message.getStyleClass().add(feedback.errorProperty().get() ? "form-message-error" : "form-message-ok");
        };
        feedback.errorProperty().addListener((obs, old, error) -> colour.run());
        colour.run();
        ListView<String> problems = new ListView<>(feedback.problems());
        problems.setId(idPrefix + "-problems");
        problems.getStyleClass().add("problem-list");
        problems.setPrefHeight(120);
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(feedback.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        getChildren().addAll(message, problems);
    }
}
