package dev.crm.web.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}, what a client developer generates a client from: bearer
 * authentication on every operation but signing in, problem bodies for every error ({@link ProblemResponses}),
 * typed change bodies and one operation id per resource and verb ({@link RecordEndpoints}). The build lints it
 * ({@code OpenApiDocumentTest}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI crmOpenApi(ObjectProvider<BuildProperties> build) {
        String version =
                build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("CRM API")
                        .version(version)
                        .description("""
                                Contacts, organizations, projects and tasks of the signed-in user. Sign in with \
                                POST /api/auth/login and send the access token as `Authorization: Bearer <token>`. \
                                Errors are RFC 7807 problem bodies whose `errors` list names each field at fault. \
                                Updates name the version they are based on, in the body or as If-Match.""")
                        .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("The accessToken from /api/auth/login or /api/auth/refresh")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
