"""Mail domains that name no one's employer: free mail providers and the placeholders of masked addresses."""

from __future__ import annotations

FREE_MAIL = {
    "gmail.com", "googlemail.com", "yahoo.com", "outlook.com", "hotmail.com", "live.com", "aol.com",
    "icloud.com", "me.com", "protonmail.com", "proton.me", "gmx.de", "gmx.net", "web.de", "mail.com",
    "yandex.ru", "zoho.com", "msn.com", "qq.com", "163.com",
    # Europe's own providers, where a small firm's owner keeps the shop's mail: "fleursgarnier@orange.fr".
    "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "t-online.de", "freenet.de", "gmx.at",
    "gmx.ch", "bluewin.ch", "aon.at", "libero.it", "virgilio.it", "tiscali.it", "alice.it", "telefonica.net",
    "ziggo.nl", "kpnmail.nl", "hetnet.nl", "planet.nl", "skynet.be", "telenet.be", "btinternet.com",
    "comcast.net", "sbcglobal.net", "verizon.net", "sapo.pt", "hotmail.co.uk", "hotmail.fr", "hotmail.es",
    "hotmail.it", "hotmail.de", "yahoo.co.uk", "yahoo.fr", "yahoo.es", "yahoo.it", "yahoo.de", "live.nl",
    "live.fr", "live.co.uk", "outlook.fr", "outlook.es", "outlook.de", "outlook.it",
    # Brazil's, Russia's and Poland's national providers: "carlos.oficina@uol.com.br" names no firm "uol".
    "uol.com.br", "bol.com.br", "terra.com.br", "ig.com.br", "zipmail.com.br", "mail.ru", "wp.pl", "o2.pl",
    # Personal mail of a provider whose name is a word or a firm's elsewhere: "pm.me", "mac.com".
    "pm.me", "mac.com", "aim.com", "hey.com", "mailbox.org", "xtra.co.nz", "shaw.ca", "rogers.com",
}  # fmt: skip

# Free mail providers whose name is no one's employer under any country's suffix: "yahoo.co.in",
# "hotmail.com.br", "outlook.com.au", "gmx.ch" (ambiguous names, "orange" or "free", stay whole domains
# above: orange.com is an employer).
FREE_MAIL_LABELS = {
    "gmail", "googlemail", "yahoo", "ymail", "rocketmail", "hotmail", "outlook", "aol", "icloud",
    "protonmail", "gmx", "yandex", "rediffmail", "zoho", "zohomail", "mailinator", "naver", "hanmail",
    "seznam", "rambler", "libero", "virgilio", "tiscali", "btinternet", "sbcglobal", "bigpond",
    "optusnet", "fastmail", "tutanota", "tuta", "posteo", "hushmail", "mailfence", "runbox", "lycos",
    "earthlink", "juno", "netzero", "blueyonder", "ntlworld", "talktalk", "eircom",
}  # fmt: skip

# Placeholder domains used when addresses are masked: they name nobody.
PLACEHOLDER_LABELS = {"example", "invalid", "invalidemail", "localhost", "test", "domain", "email", "mail"}
