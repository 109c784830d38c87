/** Intake: enters job applicants into an ATS through StackOne's unified ATS API. */
module dev.intake {
    requires javafx.controls;
    requires javafx.fxml;
    requires com.fasterxml.jackson.databind;
    requires okhttp3;
    requires kotlin.stdlib;
    requires java.sql;
    requires jdk.httpserver;
    requires java.logging;
    requires org.xerial.sqlitejdbc;
    requires de.siegmar.fastcsv;
    requires org.dhatim.fastexcel.reader;
    requires info.picocli;
    requires org.controlsfx.controls;

    // picocli fills the command line's option fields by reflection.
    opens dev.intake.app to javafx.fxml, javafx.graphics, info.picocli;

    opens dev.intake.ats to com.fasterxml.jackson.databind;
    opens dev.intake.accounts to com.fasterxml.jackson.databind, info.picocli;
    opens dev.intake.outbox to info.picocli;
    opens dev.intake.cli to info.picocli;
    opens dev.intake.sandbox to info.picocli;
    opens dev.intake.config to com.fasterxml.jackson.databind, info.picocli;
    opens dev.intake.store to com.fasterxml.jackson.databind;
    opens dev.intake.settings to javafx.fxml;
    opens dev.intake.profiles to javafx.fxml;
    opens dev.intake.history to javafx.fxml;

    // Wizard controllers are filled in by FXML; wizard state records are written to drafts as JSON.
    opens dev.intake.wizard to javafx.fxml, com.fasterxml.jackson.databind;
    opens dev.intake.wizard.candidate to javafx.fxml, com.fasterxml.jackson.databind;
    opens dev.intake.wizard.job to javafx.fxml, com.fasterxml.jackson.databind;
    opens dev.intake.wizard.questionnaire to javafx.fxml, com.fasterxml.jackson.databind;
    opens dev.intake.wizard.documents to javafx.fxml, com.fasterxml.jackson.databind;
    opens dev.intake.wizard.review to javafx.fxml;
    opens dev.intake.wizard.result to javafx.fxml;
    // The steps' shared contract (a draft records its page) and the form kit's loaded files (kept in drafts).
    opens dev.intake.wizard.step to com.fasterxml.jackson.databind;
    opens dev.intake.form to com.fasterxml.jackson.databind;
    opens dev.intake.about to javafx.fxml;
    opens dev.intake.forward to javafx.fxml;
    opens dev.intake.window to com.fasterxml.jackson.databind;
    opens dev.intake.importing to com.fasterxml.jackson.databind, info.picocli;
    opens dev.intake.importing.ui to javafx.fxml;
    opens dev.intake.fair.quick to javafx.fxml;
    opens dev.intake.fair.kiosk to javafx.fxml;
    opens dev.intake.fair.summary to javafx.fxml;
    opens dev.intake.fair.pack to javafx.fxml;
    opens dev.intake.fair.editor to javafx.fxml;

    exports dev.intake;
    exports dev.intake.app;
    exports dev.intake.cli;
    exports dev.intake.connections;
    exports dev.intake.config;
    exports dev.intake.ats;
    exports dev.intake.common;
    exports dev.intake.outbox;
    exports dev.intake.accounts;
    exports dev.intake.store;
    exports dev.intake.wizard;
    exports dev.intake.form;
    exports dev.intake.settings;
    exports dev.intake.profiles;
    exports dev.intake.diagnostics;
    exports dev.intake.history;
    exports dev.intake.forward;
    exports dev.intake.window;
    exports dev.intake.importing;
    exports dev.intake.importing.ui;
}
