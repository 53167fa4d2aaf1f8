"""Names of the platforms where posts and rumours go round, written alike in every language.

``en.py`` and ``fr.py`` build from them what they call an online place ("On social media, people are saying that",
« Sur les réseaux sociaux, on lit que ») and what is no place on a map ("4,000 on Facebook").
"""

__all__ = ["PLATFORMS"]

PLATFORMS = ("Facebook", "Twitter", "X", "TikTok", "Instagram", "Telegram", "WhatsApp", "YouTube", "Snapchat", "Reddit",
             "LinkedIn", "Bluesky")
