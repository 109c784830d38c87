package dev.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanEditsTest {
    private static final JobMatcher JOBS = new JobMatcher(JobMatcherTest.JOBS);
    private static final String CSV = """
            First name,Last name,Email,Job
            Anna,Berg,anna@example.com,101
            Bo,Chen,bo@example,102
            Anna,Berg,anna@example.com,101
            Cy,Dune,cy@example.com,ENG-8
            """;

    @Test
    void aFixedCellMakesItsRowReadyAndLeavesTheOthersAsTheyWere() throws Exception {
        ImportPlan plan = ImportPlannerTest.plan("leads.csv", CSV, ImportDefaults.NONE);
        assertEquals(RowState.INVALID, plan.rows().get(1).state());

        ImportPlan fixed = PlanEdits.edit(plan, 3, List.of("Bo", "Chen", "bo@example.com", "102"), JOBS,
                ImportDefaults.NONE);

        PlannedRow bo = fixed.rows().get(1);
        assertEquals(RowState.READY, bo.state());
        assertEquals("bo@example.com", bo.request().candidate().email());
        assertNotNull(bo.key());
        assertSame(plan.rows().get(3), fixed.rows().get(3), "rows the edit does not touch are kept");
        assertEquals(ImportPlannerTest.plan("leads.csv", CSV, ImportDefaults.NONE).rows().get(2).key(),
                fixed.rows().get(2).key());
    }

    @Test
    void changingTheFirstOfTwoRepeatedRowsMakesTheSecondTheOneSent() throws Exception {
        ImportPlan plan = ImportPlannerTest.plan("leads.csv", CSV, ImportDefaults.NONE);
        assertEquals(RowState.DUPLICATE, plan.rows().get(2).state());

        ImportPlan edited = PlanEdits.edit(plan, 2, List.of("Anna", "Berg", "anna.berg@example.com", "101"), JOBS,
                ImportDefaults.NONE);

        assertEquals(RowState.READY, edited.rows().get(0).state());
        PlannedRow second = edited.rows().get(2);
        assertEquals(RowState.READY, second.state(), "no longer repeats anything");
        assertNotNull(second.request(), "checked again, so it has what to send");
    }

    @Test
    void aRowEditedToRepeatAnEarlierOneBecomesItsDuplicate() throws Exception {
        ImportPlan plan = ImportPlannerTest.plan("leads.csv", CSV, ImportDefaults.NONE);

        ImportPlan edited = PlanEdits.edit(plan, 5, List.of("Anna", "Berg", "ANNA@example.com", "101"), JOBS,
                ImportDefaults.NONE);

        PlannedRow cy = edited.rows().get(3);
        assertEquals(RowState.DUPLICATE, cy.state());
        assertEquals(2, cy.duplicateOf());
        assertEquals("Same email and job as row 2: only row 2 is imported.", cy.firstError().message());
    }

    @Test
    void aRowTheFileDoesNotHaveIsRefused() throws Exception {
        ImportPlan plan = ImportPlannerTest.plan("leads.csv", CSV, ImportDefaults.NONE);
        assertThrows(IllegalArgumentException.class,
                () -> PlanEdits.edit(plan, 99, List.of(), JOBS, ImportDefaults.NONE));
    }
}
