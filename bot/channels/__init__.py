"""Channel adapters: each turns one platform's traffic into core messages and back."""
