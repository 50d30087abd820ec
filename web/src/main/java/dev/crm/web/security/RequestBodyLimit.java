package dev.crm.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No API body larger than any real one is read: a declared length over the limit is a 413 before a byte is read,
 * and a chunked body stops being read at the limit (its parsing then fails as malformed). Multipart uploads have
 * their own, larger limits (spring.servlet.multipart.*).
 */
class RequestBodyLimit extends OncePerRequestFilter {

    /** Far above the largest record an API client sends. */
    static final long MAX_BYTES = 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("""
                    {"type":"about:blank","title":"Payload Too Large","status":413,\
                    "detail":"The request body is larger than %d bytes","errors":[{"field":"body",\
                    "message":"At most %d bytes"}]}""".formatted(MAX_BYTES, MAX_BYTES));
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    /** Reads at most {@link #MAX_BYTES} of the body, then reports its end. */
    private static final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        if (read >= MAX_BYTES) {
                            throw new IOException("request body larger than " + MAX_BYTES + " bytes");
                        }
                        int b = in.read();
                        if (b >= 0) {
                            read++;
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        if (read >= MAX_BYTES) {
                            throw new IOException("request body larger than " + MAX_BYTES + " bytes");
                        }
                        int n = in.read(buffer, offset, (int) Math.min(length, MAX_BYTES - read));
                        if (n > 0) {
                            read += n;
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
