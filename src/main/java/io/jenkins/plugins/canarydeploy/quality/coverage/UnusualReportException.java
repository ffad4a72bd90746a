package io.jenkins.plugins.canarydeploy.quality.coverage;

import java.io.Serial;

/**
 * The fast Cobertura reader met something it does not reproduce exactly (a report coverage-model refuses, or one of
 * its rare quirks), so coverage-model's own parser reads the report instead and decides.
 */
final class UnusualReportException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    UnusualReportException(String message) {
        super(message, null, false, false);
    }
}
