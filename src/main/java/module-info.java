/** Intake: enters job applicants into an ATS through StackOne's unified ATS API. */
module dev.intake {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires okhttp3;
    requires kotlin.stdlib;
    requires java.sql;
    requires java.net.http;
    requires jdk.httpserver;
    requires org.xerial.sqlitejdbc;

    opens dev.intake to javafx.fxml, javafx.graphics;

    opens dev.intake.ats to com.fasterxml.jackson.databind;
    opens dev.intake.about to javafx.fxml;

    exports dev.intake;
    exports dev.intake.ats;
    exports dev.intake.common;
}
