package dev.crm.assistant.chat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.crm.application.account.AccountService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.assistant.keys.NewAiKey;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.testsupport.CrmModuleTest;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import dev.crm.testsupport.llm.LlmEmulator;
import dev.crm.testsupport.llm.ModelTurn;
import dev.crm.testsupport.llm.ToolCall;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The assistant's own time per turn, without the provider's: a turn in which Claude (emulated, answering at once)
 * calls create_contact and then answers, through the whole path — rate limit, budget, conversation, context window,
 * tool call as the user (command, events, read models, audit), action, usage. Prints p50/p90/p99; asserts nothing.
 * Run: {@code ./mvnw -pl assistant -am verify -DskipITs -Dcrm.excluded-groups= -Dtest=ChatTurnBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@CrmModuleTest
@TestPropertySource(properties = "crm.assistant.turns-per-minute=1000000")
class ChatTurnBenchmark {

    private static final int WARM_UP = 100;
    private static final int TURNS = 500;
    private static final int TURNS_PER_CONVERSATION = 10;

    @Autowired
    ChatService chat;

    @Autowired
    AiKeyService keys;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkspaceService workspaces;

    @Test
    void ownTimePerTurn() {
        try (LlmEmulator llm = LlmEmulator.start().acceptingKeys()) {
            llm.anthropic(
                    ModelTurn.tools(
                            ToolCall.of("create_contact", "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}")),
                    ModelTurn.text("Added.").withUsage(10, 2));
            WireMockServer claude = llm.wireMock();
            TestUser user = new Workspaces(accounts, workspaces).register("Bench Bea");
            keys.add(
                    Actor.of(user.id(), Channel.UI),
                    new NewAiKey(AiProvider.ANTHROPIC, "sk-ant-bench-1234", null, llm.baseUrl(), null, null));

            run(claude, user.id(), WARM_UP);
            List<Double> own = run(claude, user.id(), TURNS);

            Collections.sort(own);
            System.out.printf(
                    "%nAssistant turn (create_contact + answer), own time without the provider's, %d turns:"
                            + " p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                    own.size(), percentile(own, 50), percentile(own, 90), percentile(own, 99), own.get(own.size() - 1));
        }
    }

    private List<Double> run(WireMockServer claude, UUID userId, int turns) {
        List<Double> own = new ArrayList<>();
        UUID conversation = null;
        for (int i = 0; i < turns; i++) {
            if (i % TURNS_PER_CONVERSATION == 0) {
                conversation = null;
            }
            claude.resetRequests();
            claude.resetScenarios(); // each turn: the script from its first turn, the tool call
            long start = System.nanoTime();
            ChatReply reply =
                    chat.chat(userId, new ChatRequest("Add Ada Lovelace, ada@example.com", conversation, null));
            double total = (System.nanoTime() - start) / 1e6;
            conversation = reply.conversationId();
            double provider = claude.getAllServeEvents().stream()
                    .mapToDouble(ChatTurnBenchmark::providerMillis)
                    .sum();
            own.add(total - provider);
        }
        return own;
    }

    /** What the emulated provider spent on one request: receiving, matching and answering it. */
    private static double providerMillis(ServeEvent event) {
        return event.getTiming() == null || event.getTiming().getTotalTime() == null
                ? 0
                : event.getTiming().getTotalTime();
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
