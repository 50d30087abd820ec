package dev.crm.assistant.keys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.crm.application.account.AccountService;
import dev.crm.application.workspace.NotWorkspaceOwnerException;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.domain.aikey.AiKeyStatus;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.projections.aikey.AiKeyView;
import dev.crm.testsupport.CrmModuleTest;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Workspace keys against an emulation of each provider's model-list endpoint (WireMock serving the documented
 * shapes): checked before they are stored, stored only as ciphertext bound to workspace and key, rotated only once
 * the new key is accepted, destroyed when revoked, managed by the workspace owner alone.
 */
@CrmModuleTest
class AiKeyServiceTest {

    private static final String ANTHROPIC_MODELS = """
            {"data":[{"type":"model","id":"claude-sonnet-4-5","display_name":"Claude Sonnet 4.5",
              "created_at":"2025-09-29T00:00:00Z"}],"has_more":false,"first_id":"claude-sonnet-4-5",
              "last_id":"claude-sonnet-4-5"}""";
    private static final String OPENAI_MODELS = """
            {"object":"list","data":[{"id":"gpt-5","object":"model","created":1754000000,"owned_by":"openai"}]}""";
    private static final String GEMINI_MODELS = """
            {"models":[{"name":"models/gemini-2.5-flash","displayName":"Gemini 2.5 Flash",
              "supportedGenerationMethods":["generateContent"]}]}""";

    @Autowired
    AiKeyService keys;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    MasterKey masterKey;

    @Autowired
    Flyway flyway;

    WireMockServer provider;
    TestUser owner;
    Actor actor;

    @BeforeEach
    void setUp() {
        provider = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
        provider.start();
        owner = new Workspaces(accounts, workspaces).register("Owner Olga");
        actor = Actor.of(owner.id(), Channel.UI);
    }

    @AfterEach
    void tearDown() {
        provider.stop();
    }

    @Test
    void anAcceptedKeyIsStoredOnlyAsCiphertextBoundToItsWorkspaceAndId() {
        provider.stubFor(get("/v1/models")
                .withHeader("x-api-key", equalTo("sk-ant-api03-good-key-7Q2w"))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .willReturn(okJson(ANTHROPIC_MODELS)));

        AiKeyView key = keys.add(
                actor,
                new NewAiKey(
                        AiProvider.ANTHROPIC,
                        "sk-ant-api03-good-key-7Q2w",
                        null,
                        provider.baseUrl(),
                        "Claude for sales",
                        null));

        assertThat(key.last4()).isEqualTo("7Q2w");
        assertThat(key.model()).isEqualTo("claude-sonnet-4-5");
        assertThat(key.isDefault()).as("the first key is the default").isTrue();
        assertThat(key.status()).isEqualTo(AiKeyStatus.VALID);
        assertThat(key.details().toString()).doesNotContain("good-key");
        assertThat(keys.plaintext(owner.id(), key.id())).contains("sk-ant-api03-good-key-7Q2w");

        JdbcTemplate db = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        byte[] ciphertext =
                db.queryForObject("select ciphertext from ai_key_secret where id = ?", byte[].class, key.id());
        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("good-key");
        assertThat(db.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?"
                                + " and convert_from(payload, 'UTF8') like '%good-key%'",
                        Long.class, key.id().toString()))
                .as("no event holds the key")
                .isZero();
        assertThat(masterKey.decrypt(ciphertext, UUID.randomUUID(), key.id()))
                .as("another workspace")
                .isEmpty();
        assertThat(masterKey.decrypt(ciphertext, workspaceOf(owner), UUID.randomUUID()))
                .as("another key")
                .isEmpty();
        assertThat(keys.history(owner.id(), key.id()))
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry.toString()).contains("7Q2w").doesNotContain("good-key"));
    }

    @Test
    void aRefusedKeyIsNotStoredAndTheProvidersReasonIsGiven() {
        provider.stubFor(
                get("/v1/models")
                        .willReturn(
                                aResponse()
                                        .withStatus(401)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}")));

        assertThatThrownBy(() -> keys.add(
                        actor,
                        new NewAiKey(AiProvider.ANTHROPIC, "sk-ant-wrong-0000", null, provider.baseUrl(), null, null)))
                .isInstanceOfSatisfying(KeyRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("apiKey");
                    assertThat(e.getMessage()).contains("invalid x-api-key");
                });
        assertThat(keys.list(owner.id())).isEmpty();
    }

    @Test
    void openAiCompatibleServersArePastedWithTheirV1AndGeminiSaysBadKeysWith400() {
        provider.stubFor(get("/v1/models")
                .withHeader("Authorization", equalTo("Bearer lm-studio-key-abcd"))
                .willReturn(okJson(OPENAI_MODELS)));
        AiKeyView local = keys.add(
                actor,
                new NewAiKey(
                        AiProvider.OPENAI_COMPATIBLE,
                        "lm-studio-key-abcd",
                        "llama-3.3-70b",
                        provider.baseUrl() + "/v1/",
                        "In-house",
                        false));
        assertThat(local.baseUrl()).isEqualTo(provider.baseUrl());
        provider.verify(1, getRequestedFor(urlEqualTo("/v1/models")));

        assertThatThrownBy(() -> keys.add(
                        actor, new NewAiKey(AiProvider.OPENAI_COMPATIBLE, "key-without-url", "m", null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("baseUrl"));

        provider.stubFor(get("/v1beta/models")
                .withHeader("x-goog-api-key", equalTo("AIzaGood-9876"))
                .willReturn(okJson(GEMINI_MODELS)));
        provider.stubFor(get("/v1beta/models")
                .withHeader("x-goog-api-key", equalTo("AIzaBad-0000"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {"error":{"code":400,"message":"API key not valid. Please pass a valid API key.",
                          "status":"INVALID_ARGUMENT"}}""")));
        assertThat(keys.add(
                                actor,
                                new NewAiKey(AiProvider.GEMINI, "AIzaGood-9876", null, provider.baseUrl(), null, true))
                        .isDefault())
                .isTrue();
        assertThat(keys.list(owner.id()))
                .filteredOn(AiKeyView::isDefault)
                .hasSize(1)
                .first()
                .extracting(AiKeyView::provider)
                .isEqualTo(AiProvider.GEMINI);
        assertThatThrownBy(() -> keys.add(
                        actor, new NewAiKey(AiProvider.GEMINI, "AIzaBad-0000", null, provider.baseUrl(), null, null)))
                .isInstanceOfSatisfying(
                        KeyRefusedException.class,
                        e -> assertThat(e.getMessage()).contains("API key not valid"));
    }

    @Test
    void aRotationReplacesTheKeyOnlyOnceTheNewOneIsAccepted() {
        provider.stubFor(get("/v1/models")
                .withHeader("Authorization", equalTo("Bearer sk-old-1111"))
                .willReturn(okJson(OPENAI_MODELS)));
        provider.stubFor(
                get("/v1/models")
                        .withHeader("Authorization", equalTo("Bearer sk-refused-2222"))
                        .willReturn(
                                aResponse()
                                        .withStatus(401)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}")));
        provider.stubFor(get("/v1/models")
                .withHeader("Authorization", equalTo("Bearer sk-new-3333"))
                .willReturn(okJson(OPENAI_MODELS)));
        AiKeyView key =
                keys.add(actor, new NewAiKey(AiProvider.OPENAI, "sk-old-1111", null, provider.baseUrl(), null, null));

        assertThatThrownBy(
                        () -> keys.change(actor, key.id(), new AiKeyChange("sk-refused-2222", null, null, null, null)))
                .isInstanceOf(KeyRefusedException.class);
        assertThat(keys.plaintext(owner.id(), key.id())).contains("sk-old-1111");
        assertThat(keys.get(owner.id(), key.id()).last4()).isEqualTo("1111");

        AiKeyView rotated =
                keys.change(actor, key.id(), new AiKeyChange("sk-new-3333", "gpt-5-mini", null, "Rotated", null));
        assertThat(rotated.last4()).isEqualTo("3333");
        assertThat(rotated.model()).isEqualTo("gpt-5-mini");
        assertThat(rotated.label()).isEqualTo("Rotated");
        assertThat(keys.plaintext(owner.id(), key.id())).contains("sk-new-3333");
    }

    @Test
    void revokingDestroysTheCiphertextAndPassesTheDefaultOn() {
        provider.stubFor(get("/v1/models").willReturn(okJson(OPENAI_MODELS)));
        AiKeyView first =
                keys.add(actor, new NewAiKey(AiProvider.OPENAI, "sk-first-1111", null, provider.baseUrl(), null, null));
        AiKeyView second = keys.add(
                actor, new NewAiKey(AiProvider.OPENAI, "sk-second-2222", null, provider.baseUrl(), null, null));
        assertThat(second.isDefault()).isFalse();

        keys.revoke(actor, first.id());

        JdbcTemplate db = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        assertThat(db.queryForObject("select count(*) from ai_key_secret where id = ?", Long.class, first.id()))
                .isZero();
        assertThat(keys.list(owner.id()))
                .extracting(AiKeyView::id, AiKeyView::isDefault)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second.id(), true));
    }

    @Test
    void onlyTheWorkspaceOwnerManagesKeys() {
        provider.stubFor(get("/v1/models").willReturn(okJson(OPENAI_MODELS)));
        TestUser member = new Workspaces(accounts, workspaces).registerInvitedBy("Member Max", owner);
        Actor memberActor = Actor.of(member.id(), Channel.UI);

        assertThatThrownBy(() -> keys.add(
                        memberActor,
                        new NewAiKey(AiProvider.OPENAI, "sk-member-1111", null, provider.baseUrl(), null, null)))
                .isInstanceOf(NotWorkspaceOwnerException.class);
        assertThatThrownBy(() -> keys.list(member.id())).isInstanceOf(NotWorkspaceOwnerException.class);
        assertThat(provider.getAllServeEvents()).as("nothing was even checked").isEmpty();

        assertThatThrownBy(() -> keys.add(
                        actor, new NewAiKey(AiProvider.OPENAI, "sk with spaces", null, provider.baseUrl(), null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("apiKey"));
        assertThat(keys.list(owner.id())).isEqualTo(List.of());
    }

    private UUID workspaceOf(TestUser user) {
        return workspaces.requireOwnedWorkspace(user.id());
    }
}
