package dev.intake.form;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/**
 * Fields side by side in columns of equal width, in reading order: each child takes the next cell, left to right,
 * then the next row. A view lists its fields in the order they are read and tabbed through, with no cell numbers.
 * It also spares the view's start: FXML finds the setter behind each {@code GridPane.rowIndex} and
 * {@code GridPane.columnIndex} attribute by trying the child's classes one by one, and each miss throws an
 * exception. On the candidate page that was hundreds of exceptions, about 20 ms of the time to a ready form.
 */
public class FieldGrid extends GridPane {
    private final IntegerProperty columns = new SimpleIntegerProperty(this, "columns", 2);

    public FieldGrid() {
        getChildren().addListener((ListChangeListener<Node>) change -> placeChildren());
        columns.addListener((obs, old, now) -> {
            shareWidth();
            placeChildren();
        });
        shareWidth();
    }

    /** How many fields sit side by side (2 unless set; at least 1). */
    public final IntegerProperty columnsProperty() {
        return columns;
    }

    public final int getColumns() {
        return columns.get();
    }

    public final void setColumns(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a field grid needs at least one column, not " + count);
        }
        columns.set(count);
    }

    private void placeChildren() {
        int count = getColumns();
        List<Node> children = getChildren();
        for (int i = 0; i < children.size(); i++) {
            GridPane.setConstraints(children.get(i), i % count, i / count);
        }
    }

    private void shareWidth() {
        int count = getColumns();
        ColumnConstraints[] shares = new ColumnConstraints[count];
        for (int i = 0; i < count; i++) {
            shares[i] = new ColumnConstraints();
            shares[i].setPercentWidth(100.0 / count);
        }
        getColumnConstraints().setAll(shares);
    }
}
