package dev.crm.assistant.chat;

/** OpenAI Chat Completions replies, as the documented wire format has them. */
final class OpenAiReplies {

    private OpenAiReplies() {}

    static String answer(String text) {
        return """
                {"id":"chatcmpl-a","object":"chat.completion","created":2,"model":"gpt-5",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":30,"completion_tokens":6,"total_tokens":36}}""".formatted(text);
    }

    /** @param escapedArguments the arguments as they stand inside the JSON string (quotes escaped) */
    static String toolCall(String name, String escapedArguments) {
        return """
                {"id":"chatcmpl-t","object":"chat.completion","created":1,"model":"gpt-5",
                 "choices":[{"index":0,"message":{"role":"assistant","content":null,
                   "tool_calls":[{"id":"call_1","type":"function","function":{"name":"%s","arguments":"%s"}}]},
                   "finish_reason":"tool_calls"}],
                 "usage":{"prompt_tokens":20,"completion_tokens":5,"total_tokens":25}}""".formatted(name, escapedArguments);
    }
}
