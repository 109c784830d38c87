/** The start-up benchmark's baseline: one FXML window, packaged exactly like Intake. */
module hello {
    requires javafx.controls;
    requires javafx.fxml;

    opens hello to javafx.fxml, javafx.graphics;
}
