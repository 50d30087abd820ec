package dev.crm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The composition root: every module's beans live under {@code dev.crm}. */
@SpringBootApplication
public class CrmApplication {

    public static void main(String[] args) {
        // Axon phones home for update checks unless told not to; a CRM keeps quiet unless its operator opts in.
        if (System.getProperty("axoniq.update-checker.disabled") == null
                && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(CrmApplication.class, args);
    }
}
