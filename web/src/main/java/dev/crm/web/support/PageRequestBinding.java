package dev.crm.web.support;

import dev.crm.projections.support.PageRequest;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds {@code ?limit=&cursor=&sort=&q=} to a {@link PageRequest} parameter of any list endpoint, written once
 * instead of four {@code @RequestParam}s per list. Such a parameter is annotated {@code @ParameterObject}, so the
 * OpenAPI description shows the four query parameters as {@link PageParameters} documents them.
 */
@Configuration(proxyBeanMethods = false)
class PageRequestBinding implements WebMvcConfigurer {

    static {
        // springdoc reads its settings when it first describes the API; set before any request can ask for it
        SpringDocUtils.getConfig().replaceParameterObjectWithClass(PageRequest.class, PageParameters.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageRequestArgumentResolver());
    }
}
