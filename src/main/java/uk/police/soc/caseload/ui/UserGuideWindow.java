package uk.police.soc.caseload.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → User guide: the guide shipped in the jar (docs/user-guide.md and its screenshots), shown in a window of
 * its own with its contents beside it, so it reads offline and needs no browser. The guide is our own file and
 * keeps to a few kinds of block (headings, paragraphs, bullet lists, tables, pictures, code), which is all this
 * view draws; see docs/decisions/0020-dates-proposals-names.md for why it is not a Markdown library.
 */
public final class UserGuideWindow {

    static final String GUIDE = "/uk/police/soc/caseload/guide/user-guide.md";
    private static final String IMAGES = "/uk/police/soc/caseload/guide/";

    private UserGuideWindow() {
    }

    /** The guide's text, or null when the app was built without it. */
    static String guideText() {
        try (InputStream in = UserGuideWindow.class.getResourceAsStream(GUIDE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    public static Stage show(Window owner) {
        String text = guideText();
        VBox page = new VBox(8);
        page.setId("user-guide");
        page.setPadding(new Insets(16));
        ListView<Label> contents = new ListView<>();
        contents.setId("user-guide-contents");
        contents.setPrefWidth(240);
        if (text == null) {
            page.getChildren().add(new Label("The user guide is not in this build of the app: see docs/user-guide.md."));
        } else {
            render(text, page, contents);
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        contents.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Label heading, boolean empty) {
                super.updateItem(heading, empty);
                setText(empty || heading == null ? null : heading.getText());
            }
        });
        contents.getSelectionModel().selectedItemProperty().addListener((obs, old, heading) -> {
            if (heading != null) {
                double contentHeight = page.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(contentHeight <= 0 ? 0 : Math.min(1, heading.getBoundsInParent().getMinY() / contentHeight));
            }
        });
        BorderPane root = new BorderPane(scroll);
        root.setLeft(contents);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("User guide — SOC Caseload Planner");
        Scene scene = new Scene(root, 1180, 700);
        scene.getStylesheets().add(CaseloadApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static void render(String markdown, VBox page, ListView<Label> contents) {
        List<String> lines = markdown.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith("#")) {
                int level = line.indexOf(' ');
                Label heading = new Label(inline(line.substring(level + 1)));
                heading.getStyleClass().add(level <= 1 ? "page-title" : "section-title");
                heading.setWrapText(true);
                page.getChildren().add(heading);
                if (level == 2) {
                    contents.getItems().add(heading);
                }
                i++;
            } else if (line.startsWith("![")) {
                String path = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
                InputStream image = UserGuideWindow.class.getResourceAsStream(IMAGES + path);
                if (image != null) {
                    ImageView view = new ImageView(new Image(image));
                    view.setPreserveRatio(true);
                    view.setFitWidth(Math.min(880, view.getImage().getWidth()));
                    page.getChildren().add(view);
                }
                i++;
            } else if (line.startsWith("|")) {
                GridPane table = new GridPane();
                table.setHgap(12);
                table.setVgap(4);
                int row = 0;
                for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                    String[] cells = lines.get(i).substring(1).split("\\|");
                    if (cells.length > 0 && cells[0].trim().startsWith("---")) {
                        continue;
                    }
                    for (int c = 0; c < cells.length; c++) {
                        Label cell = new Label(inline(cells[c].trim()));
                        cell.setWrapText(true);
                        cell.setMaxWidth(c == cells.length - 1 ? 560 : 260);
                        if (row == 0) {
                            cell.setStyle("-fx-font-weight: bold;");
                        }
                        table.add(cell, c, row);
                    }
                    row++;
                }
                page.getChildren().add(table);
            } else if (line.startsWith("    ")) {
                StringBuilder code = new StringBuilder();
                for (; i < lines.size() && (lines.get(i).startsWith("    ") || lines.get(i).isBlank()); i++) {
                    code.append(lines.get(i).strip()).append('\n');
                }
                page.getChildren().add(text(code.toString().strip(), "-fx-font-family: monospace;"));
            } else if (line.startsWith("```")) {
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                i++;
                page.getChildren().add(text(code.toString().strip(), "-fx-font-family: monospace;"));
            } else if (line.startsWith("- ") || line.startsWith("* ")) {
                List<Node> items = new ArrayList<>();
                for (; i < lines.size() && (lines.get(i).startsWith("- ") || lines.get(i).startsWith("* ")); ) {
                    StringBuilder item = new StringBuilder(lines.get(i).substring(2));
                    for (i++; i < lines.size() && lines.get(i).startsWith("  ") && !lines.get(i).isBlank(); i++) {
                        item.append(' ').append(lines.get(i).strip());
                    }
                    items.add(text("•  " + inline(item.toString()), null));
                }
                VBox list = new VBox(4);
                list.getChildren().setAll(items);
                list.setPadding(new Insets(0, 0, 0, 12));
                page.getChildren().add(list);
            } else {
                StringBuilder paragraph = new StringBuilder(line.strip());
                for (i++; i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("#")
                        && !lines.get(i).startsWith("|") && !lines.get(i).startsWith("![")
                        && !lines.get(i).startsWith("- "); i++) {
                    paragraph.append(' ').append(lines.get(i).strip());
                }
                page.getChildren().add(text(inline(paragraph.toString()), null));
            }
        }
    }

    private static Label text(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(880);
        if (style != null) {
            label.setStyle(style);
        }
        return label;
    }

    /** Inline marks read as plain words: **bold**, *italic*, `code` and [links](…) keep only their text. */
    static String inline(String text) {
        return text.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("**", "").replace("`", "")
                .replaceAll("(?<![\\w*])\\*([^*\\s][^*]*)\\*(?![\\w*])", "$1");
    }
}
