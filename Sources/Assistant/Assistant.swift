/// The AI assistant.
