package dev.crm.testsupport.llm;

/** A {@code text/event-stream} body: each event a JSON object on one {@code data:} line, an empty line after it. */
final class Sse {

    private final StringBuilder body = new StringBuilder();

    /** {@code event: name} then {@code data: …}, as Anthropic names its events. */
    Sse event(String name, Object data) {
        body.append("event: ").append(name).append('\n');
        return data(data);
    }

    /** {@code data: …} alone, as OpenAI and Gemini send their events. */
    Sse data(Object data) {
        body.append("data: ")
                .append(data instanceof String text ? text : ScriptedTurn.json(data))
                .append("\n\n");
        return this;
    }

    @Override
    public String toString() {
        return body.toString();
    }
}
