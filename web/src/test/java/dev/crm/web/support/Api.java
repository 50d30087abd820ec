package dev.crm.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A REST client as an API user sees the CRM: JSON in, status and JSON out, never an exception for 4xx. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The password {@link #newUser} gives every user. */
    public static final String PASSWORD = "correct horse battery";

    private final TestRestTemplate http;
    private final String token;
    private final String userId;
    private final String email;

    private Api(TestRestTemplate http, String token, String userId, String email) {
        this.http = http;
        this.token = token;
        this.userId = userId;
        this.email = email;
    }

    /** The bearer token (null when anonymous), for requests this client cannot make. */
    public String token() {
        return token;
    }

    /** The signed-in user's e-mail address (null when anonymous). */
    public String email() {
        return email;
    }

    /** The signed-in user's id (null when anonymous). */
    public String userId() {
        return userId;
    }

    public static Api anonymous(TestRestTemplate http) {
        return new Api(http, null, null, null);
    }

    /** Registers a fresh user (unique e-mail) in a workspace of their own, and signs in. */
    public static Api newUser(TestRestTemplate http, String name) {
        return newUser(http, name, null);
    }

    /** Registers a fresh user (unique e-mail) into the workspace whose invitation code this is, and signs in. */
    public static Api newUser(TestRestTemplate http, String name, String inviteCode) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID() + "@example.com";
        anonymous(http)
                .post(
                        "/api/auth/register",
                        JSON.createObjectNode()
                                .put("email", email)
                                .put("password", PASSWORD)
                                .put("name", name)
                                .put("inviteCode", inviteCode)
                                .toString())
                .expect(201);
        return signIn(http, email, PASSWORD);
    }

    /** Signs in as an existing user. */
    public static Api signIn(TestRestTemplate http, String email, String password) {
        Response login = anonymous(http)
                .post(
                        "/api/auth/login",
                        JSON.createObjectNode()
                                .put("email", email)
                                .put("password", password)
                                .toString())
                .expect(200);
        String token = login.json().get("accessToken").asText();
        String id = new Api(http, token, null, email)
                .get("/api/me")
                .expect(200)
                .json()
                .get("id")
                .asText();
        return new Api(http, token, id, email);
    }

    /** A {@code multipart/form-data} POST; values are Strings or {@link org.springframework.core.io.Resource}s. */
    public Response postMultipart(String path, org.springframework.util.MultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (token != null && !headers.containsKey(HttpHeaders.AUTHORIZATION)) {
            headers.setBearerAuth(token);
        }
        return new Response(http.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class));
    }

    /** A GET whose body is read as bytes (downloads). */
    public ResponseEntity<byte[]> download(String path) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null && !headers.containsKey(HttpHeaders.AUTHORIZATION)) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    public Response get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    public Response post(String path, String json) {
        return exchange(HttpMethod.POST, path, json);
    }

    public Response put(String path, String json) {
        return exchange(HttpMethod.PUT, path, json);
    }

    public Response delete(String path) {
        return exchange(HttpMethod.DELETE, path, null);
    }

    public Response exchange(HttpMethod method, String path, String json) {
        return exchange(method, path, json, new HttpHeaders());
    }

    /** @param extra headers to send besides (or instead of) the JSON content type, accept and authorization */
    public Response exchange(HttpMethod method, String path, String json, HttpHeaders extra) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.putAll(extra);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (token != null && !headers.containsKey(HttpHeaders.AUTHORIZATION)) {
            headers.setBearerAuth(token);
        }
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(json, headers), String.class);
        return new Response(response);
    }

    public record Response(ResponseEntity<String> entity) {

        public int status() {
            return entity.getStatusCode().value();
        }

        public JsonNode json() {
            try {
                return entity.getBody() == null ? JSON.nullNode() : JSON.readTree(entity.getBody());
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + entity.getBody(), e);
            }
        }

        public Response expect(int status) {
            if (status() != status) {
                throw new AssertionError("expected HTTP " + status + " but got " + status() + ": " + entity.getBody());
            }
            return this;
        }

        public String header(String name) {
            return entity.getHeaders().getFirst(name);
        }

        public String contentType() {
            return String.valueOf(entity.getHeaders().getContentType());
        }
    }
}
