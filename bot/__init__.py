"""MICS Bot: runs accelerator and innovation programs on Telegram, Messenger and the console."""
