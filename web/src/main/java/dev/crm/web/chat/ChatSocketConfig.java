package dev.crm.web.chat;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * The assistant's streamed chat at {@code /api/chat/ws}. Its handshake is an {@code /api} request, so it is signed in
 * like every API call (a bearer token in the Authorization header); browsers cannot send that header, so a page of
 * another site cannot open it in a user's name.
 */
@Configuration
@EnableWebSocket
class ChatSocketConfig implements WebSocketConfigurer {

    private final ChatSocket socket;

    ChatSocketConfig(ChatSocket socket) {
        this.socket = socket;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(socket, "/api/chat/ws");
    }
}
