package dev.intake.form;

/** A message across the top of the wizard: what happened, the server's words if any, and what to do. */
public record Banner(Kind kind, String title, String detail, String advice) {
    public enum Kind { INFO, SUCCESS, WARNING, ERROR }
}
