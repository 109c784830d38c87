package dev.intake.importing.ui;

import dev.intake.ats.Job;
import java.util.List;

/** The jobs rows may name (the current profile's open jobs). Blocking: call on the executor. */
@FunctionalInterface
public interface JobList {
    List<Job> jobs() throws Exception;
}
