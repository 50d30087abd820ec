package dev.crm.web.support;

import dev.crm.projections.support.PageRequest;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets list endpoints take {@code ?limit=&cursor=&sort=&q=} as one {@link PageRequest} parameter. Each value is
 * read as {@code @RequestParam} would read it (a missing or empty limit is the default, a repeated value is
 * converted by the same rules), so a malformed one fails the same way, naming its parameter; {@link PageRequest}
 * itself rejects values out of range.
 */
class PageRequestArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(PageRequest.class);
    }

    @Override
    public PageRequest resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binders)
            throws Exception {
        Integer limit = read(request, binders, parameter, "limit", Integer.class);
        return new PageRequest(
                limit == null ? PageRequest.DEFAULT_LIMIT : limit,
                read(request, binders, parameter, "cursor", String.class),
                read(request, binders, parameter, "sort", String.class),
                read(request, binders, parameter, "q", String.class));
    }

    /** The parameter converted to {@code type}; null when it is absent or empty. */
    private static <T> T read(
            NativeWebRequest request,
            WebDataBinderFactory binders,
            MethodParameter parameter,
            String name,
            Class<T> type)
            throws Exception {
        String[] values = request.getParameterValues(name);
        if (values == null || (values.length == 1 && values[0].isEmpty())) {
            return null;
        }
        Object raw = values.length == 1 ? values[0] : values;
        WebDataBinder binder = binders.createBinder(request, null, name);
        try {
            return binder.convertIfNecessary(raw, type);
        } catch (TypeMismatchException e) {
            throw new MethodArgumentTypeMismatchException(raw, type, name, parameter, e.getCause());
        }
    }
}
