package dev.intake.sandbox;

import static dev.intake.sandbox.SeedNodes.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The sandbox's ATS users: the recruiters and interviewers an event's team can name. */
final class SeedUsers {
    private static final String[][] PEOPLE = {
        {"Miriam", "Okafor", "Talent Acquisition Lead"}, {"Jonas", "Lindqvist", "Technical Recruiter"},
        {"Aiko", "Tanaka", "Campus Recruiter"}, {"Rafael", "Gómez", "Hiring Manager"},
        {"Zainab", "Haddad", "Engineering Manager"}, {"Pierre", "Lefèvre", "Sales Director"},
        {"Olga", "Smirnova", "Recruiting Coordinator"}, {"Daniel", "Brooks", "Interviewer"}};

    private SeedUsers() {
    }

    static List<ObjectNode> users(SandboxSeed seed) {
        List<ObjectNode> users = new ArrayList<>(PEOPLE.length);
        for (int i = 0; i < PEOPLE.length; i++) {
            ObjectNode user = record(seed.id("user", i), "U-" + (700 + i));
            user.put("first_name", PEOPLE[i][0]);
            user.put("last_name", PEOPLE[i][1]);
            user.put("name", PEOPLE[i][0] + " " + PEOPLE[i][1]);
            user.put("email", (PEOPLE[i][0] + "." + PEOPLE[i][1]).toLowerCase(java.util.Locale.ROOT)
                    .replace("ó", "o").replace("è", "e") + "@sandbox.example");
            user.put("phone", "+44 20 7946 0" + (100 + i));
            users.add(user);
        }
        return List.copyOf(users);
    }
}
