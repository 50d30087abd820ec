package dev.crm.web.aikey;

import dev.crm.assistant.usage.AiUsage;
import dev.crm.domain.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tokens the workspace's assistant used this month, and its optional monthly budget (set by the owner). */
@Tag(name = "AI usage", description = "The workspace's assistant usage this month and its token budget")
@RestController
@RequestMapping("/api/workspace/ai-usage")
public class AiUsageController {

    private final AiUsage usage;

    public AiUsageController(AiUsage usage) {
        this.usage = usage;
    }

    @Operation(operationId = "getAiUsage", summary = "Tokens in and out and turns this month (UTC), with the budget")
    @GetMapping
    AiUsage.MonthlyUsage get(Actor actor) {
        return usage.thisMonth(actor.userId());
    }

    @Operation(
            operationId = "setAiBudget",
            summary = "Set the workspace's monthly token budget, or lift it with null (workspace owner only)")
    @PutMapping
    AiUsage.MonthlyUsage setBudget(Actor actor, @RequestBody Budget budget) {
        return usage.setBudget(actor.userId(), budget.monthlyTokenBudget());
    }

    /** @param monthlyTokenBudget tokens in and out a month; null for no limit */
    record Budget(Long monthlyTokenBudget) {}
}
