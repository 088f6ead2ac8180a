package uk.police.soc.caseload.ui.board;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.OfficerRow;
import uk.police.soc.caseload.ui.ThreatRow;

/**
 * Officers side by side with their threats as cards. Drag a card onto another column, or select it and press
 * Ctrl+M ("Move to…"); either way the move is previewed before it is applied.
 */
public class AllocationBoardView extends VBox {

    private final AllocationBoardViewModel model;
    private final HBox board = new HBox(10);
    private boolean stale = true;

    public AllocationBoardView(AllocationBoardViewModel model) {
        this.model = model;
        setId("board");
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label("Allocation board");
        title.getStyleClass().add("page-title");
        Button moveTo = new Button("Move to…  (Ctrl+M)");
        moveTo.setId("move-to");
        moveTo.disableProperty().bind(model.selectedThreatIdProperty().isNull());
        moveTo.setOnAction(e -> model.moveSelected());
        Button pin = new Button("Pin / unpin  (Ctrl+P)");
        pin.setId("toggle-pin");
        pin.disableProperty().bind(model.selectedThreatIdProperty().isNull());
        pin.setOnAction(e -> model.togglePinSelected());
        Label hint = new Label("Drag a card to another officer, or select it and press Ctrl+M. "
                + "You see the change in load and any rule it breaks before it is applied.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox bar = new HBox(8, moveTo, pin, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(hint, Priority.ALWAYS);
        moveTo.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pin.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        javafx.scene.control.TextField search = new javafx.scene.control.TextField();
        search.setId("board-search");
        search.setPromptText("Find officers by id, name, unit or area…");
        search.setPrefColumnCount(28);
        search.textProperty().bindBidirectional(model.searchProperty());
        javafx.scene.control.ComboBox<AllocationBoardViewModel.Order> order =
                new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                        AllocationBoardViewModel.Order.values()));
        order.setId("board-order");
        order.valueProperty().bindBidirectional(model.orderProperty());
        Label orderLabel = new Label("_Order");
        orderLabel.setMnemonicParsing(true);
        orderLabel.setLabelFor(order);
        Label note = new Label();
        note.setId("board-note");
        note.getStyleClass().add("hint");
        note.textProperty().bind(model.noteProperty());
        HBox filters = new HBox(8, search, orderLabel, order, note);
        filters.setAlignment(Pos.CENTER_LEFT);

        board.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(board);
        scroll.setId("board-scroll");
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, filters, bar, scroll);
        // Thousands of cards are costly to build: only a board on screen is rebuilt, a hidden one when shown.
        model.columns().addListener((ListChangeListener<AllocationBoardViewModel.Column>) c -> {
            stale = true;
            if (isVisible()) {
                rebuild();
            }
        });
        visibleProperty().addListener((obs, was, is) -> {
            if (is && stale) {
                rebuild();
            }
        });
        model.selectedThreatIdProperty().addListener((obs, old, id) -> markSelection());
        rebuild();
    }

    private void rebuild() {
        stale = false;
        // A rebuild replaces the card that had focus (e.g. after a move); focus must stay on the board, on the
        // selected card, not jump to the first control of the window.
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        boolean focusOnBoard = focused == null || isInside(focused, board);
        board.getChildren().clear();
        for (AllocationBoardViewModel.Column column : model.columns()) {
            board.getChildren().add(column(column));
        }
        markSelection();
        String selected = model.selectedThreatIdProperty().get();
        if (focusOnBoard && selected != null && isVisible()) {
            javafx.application.Platform.runLater(() -> focusCard(selected));
        }
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /** Focuses and selects a card, scrolling its column and the board so that it can be seen. */
    private void focusCard(String threatId) {
        Node card = board.lookup("#card-" + threatId);
        if (card == null) {
            return;
        }
        card.requestFocus();
        model.selectedThreatIdProperty().set(threatId);
        for (Node n = card.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                scrollTo(scroll, card);
            }
        }
    }

    private static void scrollTo(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        javafx.geometry.Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentWidth = content.getBoundsInLocal().getWidth();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewWidth = scroll.getViewportBounds().getWidth();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewHeight) {
            double top = scroll.getVvalue() * (contentHeight - viewHeight);
            if (inContent.getMinY() < top || inContent.getMaxY() > top + viewHeight) {
                scroll.setVvalue(Math.min(1, Math.max(0, inContent.getMinY() / (contentHeight - viewHeight))));
            }
        }
        if (contentWidth > viewWidth) {
            double left = scroll.getHvalue() * (contentWidth - viewWidth);
            if (inContent.getMinX() < left || inContent.getMaxX() > left + viewWidth) {
                scroll.setHvalue(Math.min(1, Math.max(0, inContent.getMinX() / (contentWidth - viewWidth))));
            }
        }
    }

    private Node column(AllocationBoardViewModel.Column column) {
        VBox box = new VBox(6);
        box.getStyleClass().add("board-column");
        box.setId("column-" + (column.officer() == null ? "unallocated" : column.officer().id()));
        box.setPrefWidth(200);
        box.setMinWidth(200);
        OfficerRow officer = column.officer();
        VBox header = new VBox(2);
        header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (officer == null) {
            Label name = new Label("Unallocated");
            name.getStyleClass().add("column-title");
            header.getChildren().addAll(name, new Label((column.cards().size() + column.moreCards()) + " threats"));
        } else {
            Label name = new Label(uk.police.soc.caseload.presentation.Names.officer(officer.officer()));
            name.setTooltip(new javafx.scene.control.Tooltip(name.getText()));
            name.getStyleClass().add("column-title");
            Label load = new Label(Formats.percent(officer.loadPercent()));
            load.setId("load-" + officer.id());
            load.getStyleClass().addAll("column-load", uk.police.soc.caseload.ui.Statuses.styleClass(officer.status()));
            Label status = new Label(officer.statusText());
            status.getStyleClass().add(officer.statusStyleClass());
            HBox loadLine = new HBox(8, load, status);
            loadLine.setAlignment(Pos.BASELINE_LEFT);
            Label detail = new Label(Formats.points(officer.load()) + " of " + Formats.points(officer.capacity())
                    + " points · " + officer.accreditation().label());
            detail.getStyleClass().add("hint");
            detail.setWrapText(true);
            header.getChildren().addAll(name, loadLine, detail);
        }
        VBox cards = new VBox(6);
        cards.setPadding(new Insets(2));
        for (ThreatRow card : column.cards()) {
            cards.getChildren().add(card(card));
        }
        if (column.cards().isEmpty()) {
            Label none = new Label(officer == null ? "Every threat has an LRO. Drop a card here to take its LRO away."
                    : "Leads no active threats. Drop a card here to give it to " + officer.id() + ".");
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            cards.getChildren().add(none);
        }
        if (column.moreCards() > 0) {
            Label more = new Label("… and " + column.moreCards() + " more of lower priority: see the threat register");
            more.getStyleClass().add("hint");
            more.setWrapText(true);
            cards.getChildren().add(more);
        }
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("column-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.getChildren().addAll(header, scroll);
        String target = officer == null ? null : officer.id();
        box.setOnDragOver(e -> {
            if (e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
                box.getStyleClass().add("drop-target");
            }
            e.consume();
        });
        box.setOnDragExited(e -> box.getStyleClass().remove("drop-target"));
        box.setOnDragDropped(e -> {
            Dragboard dragboard = e.getDragboard();
            boolean done = dragboard.hasString();
            e.setDropCompleted(done);
            e.consume();
            if (done) {
                String threatId = dragboard.getString();
                // Let the drag finish before the modal preview opens.
                javafx.application.Platform.runLater(() -> model.move(threatId, target));
            }
        });
        return box;
    }

    private Node card(ThreatRow row) {
        Label id = new Label(row.id() + (row.threat().pinned() ? "  📌 pinned" : ""));
        id.getStyleClass().add("card-id");
        Label name = new Label(row.threat().name());
        name.setWrapText(true);
        Label facts = new Label("P" + row.threat().priority() + " · " + row.categoryName() + " · "
                + Formats.points(row.points()) + " pts");
        facts.getStyleClass().add("hint");
        facts.setWrapText(true);
        VBox card = new VBox(2, id, name, facts);
        if (!row.leadEligible() && row.threat().officerId() != null) {
            Label warning = new Label(row.uncoverable() ? "⚠ no one meets the rules" : "⚠ LRO: " + model.failedRules(row));
            warning.setWrapText(true);
            warning.getStyleClass().add("card-warning");
            card.getChildren().add(warning);
        }
        if (row.singleCover()) {
            Label sole = new Label("⚑ only " + row.soleCoverName() + " may lead it");
            sole.getStyleClass().add("card-sole-cover");
            sole.setWrapText(true);
            card.getChildren().add(sole);
        }
        card.getStyleClass().addAll("card", "priority-" + row.threat().priority());
        card.setId("card-" + row.id());
        card.setUserData(row.id());
        card.setFocusTraversable(true);
        card.setOnMouseClicked(e -> {
            model.selectedThreatIdProperty().set(row.id());
            card.requestFocus();
        });
        card.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                model.selectedThreatIdProperty().set(row.id());
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || (e.isShortcutDown() && e.getCode() == KeyCode.M)) {
                model.moveSelected();
                e.consume();
                return;
            }
            AllocationBoardViewModel.Direction direction = switch (e.getCode()) {
                case UP -> AllocationBoardViewModel.Direction.UP;
                case DOWN -> AllocationBoardViewModel.Direction.DOWN;
                case LEFT -> AllocationBoardViewModel.Direction.LEFT;
                case RIGHT -> AllocationBoardViewModel.Direction.RIGHT;
                default -> null;
            };
            if (direction != null) {
                // The arrows move between cards; without this the scroll panes would take them and scroll.
                model.neighbour(row.id(), direction).ifPresent(this::focusCard);
                e.consume();
            }
        });
        card.setOnDragDetected(e -> {
            model.selectedThreatIdProperty().set(row.id());
            Dragboard dragboard = card.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(row.id());
            dragboard.setContent(content);
            e.consume();
        });
        MenuItem moveTo = new MenuItem("Move to…");
        moveTo.setOnAction(e -> {
            model.selectedThreatIdProperty().set(row.id());
            model.moveSelected();
        });
        MenuItem pin = new MenuItem(row.threat().pinned() ? "Unpin" : "Pin");
        pin.setOnAction(e -> {
            model.selectedThreatIdProperty().set(row.id());
            model.togglePinSelected();
        });
        ContextMenu menu = new ContextMenu(moveTo, pin);
        card.setOnContextMenuRequested(e -> menu.show(card, e.getScreenX(), e.getScreenY()));
        return card;
    }

    private void markSelection() {
        String selected = model.selectedThreatIdProperty().get();
        board.lookupAll(".card").forEach(node -> {
            boolean isSelected = selected != null && selected.equals(node.getUserData());
            if (isSelected) {
                if (!node.getStyleClass().contains("selected")) {
                    node.getStyleClass().add("selected");
                }
            } else {
                node.getStyleClass().remove("selected");
            }
        });
    }
}
