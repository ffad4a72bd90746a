package io.jenkins.plugins.canarydeploy.canary;

import java.util.List;

/** The result of one check of one source; {@code detail} explains NO_DATA and ERROR results. */
public record CheckResult(CheckOutcome outcome, List<FiringAlert> alerts, String detail) {

    public CheckResult {
        alerts = List.copyOf(alerts);
    }

    public static CheckResult clear() {
        return new CheckResult(CheckOutcome.CLEAR, List.of(), "");
    }

    /** Firing when there are alerts, clear otherwise. */
    public static CheckResult of(List<FiringAlert> alerts) {
        return alerts.isEmpty() ? clear() : new CheckResult(CheckOutcome.FIRING, alerts, "");
    }

    public static CheckResult noData(String detail) {
        return new CheckResult(CheckOutcome.NO_DATA, List.of(), detail);
    }

    public static CheckResult error(String detail) {
        return new CheckResult(CheckOutcome.ERROR, List.of(), detail);
    }
}
