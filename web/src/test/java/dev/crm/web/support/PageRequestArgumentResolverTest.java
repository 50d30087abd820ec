package dev.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.projections.support.PageRequest;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.bind.support.DefaultDataBinderFactory;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

class PageRequestArgumentResolverTest {

    private final PageRequestArgumentResolver resolver = new PageRequestArgumentResolver();

    @Test
    void takesOnlyPageRequestParameters() throws Exception {
        assertThat(resolver.supportsParameter(pageParameter())).isTrue();
        assertThat(resolver.supportsParameter(new MethodParameter(method(), 1))).isFalse();
    }

    @Test
    void readsTheFourListParameters() throws Exception {
        assertThat(resolve("limit", "3", "cursor", "abc", "sort", "-name", "q", " ada "))
                .isEqualTo(new PageRequest(3, "abc", "-name", "ada"));
    }

    @Test
    void aMissingOrEmptyLimitIsTheDefaultAndBlankTextIsAbsent() throws Exception {
        assertThat(resolve()).isEqualTo(new PageRequest(PageRequest.DEFAULT_LIMIT, null, null, null));
        assertThat(resolve("limit", "", "cursor", "", "sort", " ", "q", ""))
                .isEqualTo(new PageRequest(PageRequest.DEFAULT_LIMIT, null, null, null));
    }

    @Test
    void aLimitThatIsNoNumberIsATypeMismatchNamingIt() {
        assertThatThrownBy(() -> resolve("limit", "ten"))
                .isInstanceOfSatisfying(
                        MethodArgumentTypeMismatchException.class,
                        e -> assertThat(e.getName()).isEqualTo("limit"));
    }

    @Test
    void aLimitOutOfRangeIsInvalidInputNamingIt() {
        assertThatThrownBy(() -> resolve("limit", "0"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("limit"));
        assertThatThrownBy(() -> resolve("limit", String.valueOf(PageRequest.MAX_LIMIT + 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void repeatedValuesAreConvertedAsRequestParamWouldConvertThem() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("limit", "7", "9");
        request.addParameter("q", "a", "b");
        assertThat(resolve(request)).isEqualTo(new PageRequest(7, null, null, "a,b"));
    }

    private PageRequest resolve(String... namesAndValues) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.addParameter(namesAndValues[i], namesAndValues[i + 1]);
        }
        return resolve(request);
    }

    private PageRequest resolve(MockHttpServletRequest request) throws Exception {
        ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
        initializer.setConversionService(new DefaultFormattingConversionService());
        return resolver.resolveArgument(
                pageParameter(), null, new ServletWebRequest(request), new DefaultDataBinderFactory(initializer));
    }

    private static MethodParameter pageParameter() throws NoSuchMethodException {
        return new MethodParameter(method(), 0);
    }

    private static Method method() throws NoSuchMethodException {
        return PageRequestArgumentResolverTest.class.getDeclaredMethod("list", PageRequest.class, String.class);
    }

    @SuppressWarnings("unused")
    private static void list(PageRequest page, String other) {}
}
